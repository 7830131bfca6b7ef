package dev.meridian.language;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Language detection settings. Every language the detector knows (Lingua's 75) is
 * detected; these settings decide which are read with full models from the start and how
 * much memory the others may take.
 *
 * @param detectionLanguages the languages whose full models are loaded at start-up, as
 * ISO 639-1 codes ({@code MERIDIAN_LANGUAGE_DETECTIONLANGUAGES}, comma-separated): the
 * ones customers write. Short texts in them are judged at once with full accuracy; a few
 * MB of heap each (held compactly, see {@code CompactNgrams}; 20 MB as Lingua's own
 * maps).
 * @param lowAccuracy Lingua's low-accuracy mode (trigrams) for every text: a fraction of
 * the memory and load time, but unreliable on short texts
 * ({@code MERIDIAN_LANGUAGE_LOWACCURACY}). Without it, short texts get the full models
 * and texts of 120 letters or more the low-accuracy ones, which are as good there and
 * five times cheaper.
 * @param preload load the language models in the background at start-up, so the first
 * message does not wait for them ({@code MERIDIAN_LANGUAGE_PRELOAD})
 * @param extraFullModelLanguages how many languages beyond {@code detectionLanguages}
 * keep the full models a short text loaded
 * ({@code MERIDIAN_LANGUAGE_EXTRAFULLMODELLANGUAGES}); while they are in use (each within
 * two minutes) up to twice as many stay, so a busy mix of languages does not unload and
 * load the same models text after text; beyond that, short texts in other languages are
 * judged with trigrams only (more often {@code und}, never a neighbour for want of a
 * model)
 * @param waitForModels whether a short text waits while the full models it needs load
 * ({@code MERIDIAN_LANGUAGE_WAITFORMODELS}). Off in the server: a message never waits
 * seconds for a model to load, it is judged with trigrams while the models load in the
 * background for the next one. On for tests and evaluations, which need the same answer
 * every run, and for detectors built outside the server.
 */
@ConfigurationProperties("meridian.language")
public record LanguageSettings(@DefaultValue( {
		"en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr", "ar", "he", "ja", "zh", "ko", "hi", "id",
		"vi", "th", "tl", "hu" }) List<String> detectionLanguages, @DefaultValue("false") boolean lowAccuracy,
		@DefaultValue("true") boolean preload, @DefaultValue("12") int extraFullModelLanguages,
		@DefaultValue("false") boolean waitForModels){

	@ConstructorBinding
	public LanguageSettings {
	}

	/** Settings for a detector outside the server: it waits for the models it needs. */
	public LanguageSettings(List<String> detectionLanguages, boolean lowAccuracy, boolean preload,
			int extraFullModelLanguages) {
		this(detectionLanguages, lowAccuracy, preload, extraFullModelLanguages, true);
	}

}
