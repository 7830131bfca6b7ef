package dev.meridian.language;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Language detection settings.
 *
 * @param detectionLanguages the languages the detector knows, as ISO 639-1 codes
 * ({@code MERIDIAN_LANGUAGE_DETECTIONLANGUAGES}, comma-separated). Fewer languages load
 * faster and use less memory; a language not listed is reported as {@code und}.
 * @param lowAccuracy Lingua's low-accuracy mode for every text: a fraction of the memory
 * and load time, but unreliable on short texts ({@code MERIDIAN_LANGUAGE_LOWACCURACY}).
 * Without it, short texts get the full models and texts of 120 letters or more the
 * low-accuracy ones, which are as good there and five times cheaper.
 * @param preload load the language models in the background at start-up, so the first
 * message does not wait for them ({@code MERIDIAN_LANGUAGE_PRELOAD})
 */
@ConfigurationProperties("meridian.language")
public record LanguageSettings(@DefaultValue( {
		"en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr", "ar", "he", "ja", "zh", "ko", "hi", "id",
		"vi", "th", "tl", "hu" }) List<String> detectionLanguages, @DefaultValue("false") boolean lowAccuracy,
		@DefaultValue("true") boolean preload){
}
