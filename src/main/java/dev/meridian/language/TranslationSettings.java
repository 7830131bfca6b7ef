package dev.meridian.language;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Translation settings ({@code meridian.language.translation.*}).
 *
 * @param defaultEngine the engine for every pair no route names
 * ({@code MERIDIAN_LANGUAGE_TRANSLATION_DEFAULTENGINE})
 * @param routes which engine translates which pair, {@code from:to=engine}, either side
 * may be {@code *}: {@code es:en=deepl,*:ja=google}
 * ({@code MERIDIAN_LANGUAGE_TRANSLATION_ROUTES}); the most specific route wins, then the
 * default engine
 * @param pivotLanguages languages a pair no engine knows may be translated through, in
 * order of preference (Apertium knows pt→es and es→en, so pt→en goes through es)
 * @param maxTextLength the longest text translated at once, in characters
 * @param retryDelay first wait before a translation that failed for a passing reason is
 * tried again; doubled after each failure
 * @param maxAttempts how often such a translation is tried before it is given up
 * @param notice end machine-translated replies with a line in the customer's language
 * saying so ({@code MERIDIAN_LANGUAGE_TRANSLATION_NOTICE})
 * @param notices that line per language, replacing the one in
 * {@code language/cultural-profiles.json}
 * ({@code meridian.language.translation.notices.de=...})
 */
@ConfigurationProperties("meridian.language.translation")
public record TranslationSettings(@DefaultValue("apertium") String defaultEngine, @DefaultValue List<String> routes,
		@DefaultValue( {
				"en", "es" }) List<String> pivotLanguages,
		@DefaultValue("10000") int maxTextLength, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("8") int maxAttempts, @DefaultValue("true") boolean notice,
		@DefaultValue Map<String, String> notices){
}
