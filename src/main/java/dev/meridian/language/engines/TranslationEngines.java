package dev.meridian.language.engines;

import java.net.URI;
import java.util.Objects;

import dev.meridian.language.TranslationEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The engines configured: each cloud engine when its key is set, Apertium when a URL is
 * set or the server runs apertium-apy itself.
 */
@Configuration(proxyBeanMethods = false)
class TranslationEngines {

	@Bean(destroyMethod = "close")
	@Conditional(RunsApertium.class)
	ApertiumProcess apertiumProcess(ApertiumSettings settings) {
		return ApertiumProcess.start(settings);
	}

	@Bean
	@Conditional(UsesApertium.class)
	TranslationEngine apertium(ApertiumSettings settings, ObjectProvider<ApertiumProcess> process,
			EngineHttpSettings http) {
		ApertiumProcess child = process.getIfAvailable();
		URI url = child != null ? child.url() : URI.create(Objects.requireNonNull(settings.url()));
		return new ApertiumEngine(url, new RetryingClient("apertium", http));
	}

	@Bean
	@ConditionalOnProperty("meridian.language.deepl.auth-key")
	TranslationEngine deepl(DeepLSettings settings, EngineHttpSettings http) {
		return new DeepLEngine(settings.url(), Objects.requireNonNull(settings.authKey()),
				new RetryingClient("deepl", http));
	}

	@Bean
	@ConditionalOnProperty("meridian.language.google.api-key")
	TranslationEngine google(GoogleTranslateSettings settings, EngineHttpSettings http) {
		return new GoogleTranslateEngine(settings.url(), Objects.requireNonNull(settings.apiKey()),
				new RetryingClient("google", http));
	}

	@Bean
	@ConditionalOnProperty("meridian.language.microsoft.key")
	TranslationEngine microsoft(MicrosoftTranslatorSettings settings, EngineHttpSettings http) {
		return new MicrosoftTranslatorEngine(settings.url(), Objects.requireNonNull(settings.key()), settings.region(),
				new RetryingClient("microsoft", http));
	}

	@Bean
	@ConditionalOnProperty("meridian.language.libretranslate.url")
	TranslationEngine libreTranslate(LibreTranslateSettings settings, EngineHttpSettings http) {
		return new LibreTranslateEngine(Objects.requireNonNull(settings.url()), settings.apiKey(),
				new RetryingClient("libretranslate", http));
	}

	private static ApertiumSettings apertium(ConditionContext context) {
		return Binder.get(context.getEnvironment()).bindOrCreate("meridian.language.apertium", ApertiumSettings.class);
	}

	static class RunsApertium implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return apertium(context).runsChild();
		}

	}

	static class UsesApertium implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ApertiumSettings settings = apertium(context);
			return settings.runsChild() || settings.hasUrl();
		}

	}

}
