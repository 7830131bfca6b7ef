package dev.meridian.language;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order or tracking code in a short message must not decide its language: with all of
 * Lingua's languages, "Hola, ¿dónde está mi paquete 3avay8hhb?" once read as Yoruba,
 * Shona or Slovak for one code in a few dozen.
 */
class CodesInTextTests {

	@Test
	void aShortSpanishQuestionStaysSpanishWhateverCodeItCarries() {
		LanguageDetection detection = LanguageDetection
			.standalone(new LanguageSettings(List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
					"ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "th", "tl", "hu"), false, false, 12));
		Random random = new Random(20261205);
		Map<String, Integer> answers = new TreeMap<>();
		for (int i = 0; i < 500; i++) {
			// Codes as shops and carriers write them: letters and at least one digit.
			String code = Long.toString(Math.abs(random.nextLong()) % 100_000_000_000_000L, 36) + random.nextInt(10);
			Detection detected = detection.detect("Hola, ¿dónde está mi paquete " + code + "?",
					DetectionHints.customer(new LanguageTag("es"), List.of()));
			answers.merge(detected.language().value(), 1, Integer::sum);
		}
		assertThat(answers).containsOnlyKeys("es");
	}

}
