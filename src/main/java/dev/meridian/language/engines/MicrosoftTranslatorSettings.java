package dev.meridian.language.engines;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Microsoft Translator v3 ({@code meridian.language.microsoft.*}): enabled when a
 * subscription key is set ({@code MERIDIAN_LANGUAGE_MICROSOFT_KEY}); {@code region} is
 * the Azure resource's region, needed for regional and multi-service resources.
 */
@ConfigurationProperties("meridian.language.microsoft")
public record MicrosoftTranslatorSettings(@DefaultValue("https://api.cognitive.microsofttranslator.com") URI url,
		@Nullable String key, @Nullable String region) {
}
