package dev.meridian.language;

import java.util.List;
import java.util.Map;

import dev.meridian.language.internal.Evidence;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the detector's evidence and what we know about the writer combine.
 */
class DetectionPriorsTests {

	static final DetectionHints GERMAN_CUSTOMER = DetectionHints.customer(new LanguageTag("de"), List.of());

	@Test
	void aSentenceSpeaksForItselfWhateverTheCustomersLanguage() {
		Evidence sentence = new Evidence(Map.of("fr", 1.0, "de", 0.82, "nl", 0.80), 48);

		Detection detection = DetectionPriors.combine(sentence, GERMAN_CUSTOMER);

		assertThat(detection.language()).isEqualTo(new LanguageTag("fr"));
		assertThat(detection.confidence()).isGreaterThan(0.99);
	}

	@Test
	void aShortWordIsDecidedByTheCustomersKnownLanguage() {
		Evidence danke = new Evidence(Map.of("nl", 1.0, "de", 0.99, "sv", 0.95, "en", 0.9), 5);

		assertThat(DetectionPriors.combine(danke, GERMAN_CUSTOMER).language()).isEqualTo(new LanguageTag("de"));
	}

	@Test
	void aShortWordWithoutHintsIsUndeterminedNotEnglish() {
		Evidence ok = new Evidence(Map.of("en", 1.0, "pl", 0.99, "tr", 0.99, "id", 0.98), 2);

		Detection detection = DetectionPriors.combine(ok, DetectionHints.none());

		assertThat(detection.language().isUndetermined()).isTrue();
		assertThat(detection.alternatives()).isNotEmpty();
	}

	@Test
	void namesTheCustomersRegionalVariant() {
		Evidence portuguese = new Evidence(Map.of("pt", 1.0, "es", 0.7), 30);

		Detection detection = DetectionPriors.combine(portuguese,
				DetectionHints.customer(null, List.of(new LanguageTag("pt-BR"))));

		assertThat(detection.language()).isEqualTo(new LanguageTag("pt-BR"));
	}

	@Test
	void textWithoutLettersIsUndetermined() {
		assertThat(DetectionPriors.combine(Evidence.none(), GERMAN_CUSTOMER)).isEqualTo(Detection.undetermined());
	}

	@Test
	void declaredLanguageOutweighsTheMarket() {
		Evidence shortText = new Evidence(Map.of("es", 1.0, "pt", 0.99), 4);
		DetectionHints hints = new DetectionHints(null, new LanguageTag("pt"), List.of(),
				List.of(new LanguageTag("es")));

		assertThat(DetectionPriors.combine(shortText, hints).language()).isEqualTo(new LanguageTag("pt"));
	}

	@Test
	void aWrongCustomerLanguageNeverOverrulesClearText() {
		// "Hello, where is my order?": 19 letters, German well behind English on the text
		Evidence hello = new Evidence(Map.of("en", 1.0, "de", 0.85, "nl", 0.84), 19);

		assertThat(DetectionPriors.combine(hello, GERMAN_CUSTOMER).language()).isEqualTo(new LanguageTag("en"));
	}

	@Test
	void languagesTheTextLeavesExactlyTiedAreUndeterminedWithoutHints() {
		Evidence kanji = new Evidence(Map.of("ja", 1.0, "zh", 1.0), 2);

		assertThat(DetectionPriors.combine(kanji, DetectionHints.none()).language().isUndetermined()).isTrue();
		assertThat(DetectionPriors.combine(kanji, DetectionHints.customer(new LanguageTag("ja"), List.of())).language())
			.isEqualTo(new LanguageTag("ja"));
	}

	@Test
	void aLanguageTheDetectorDoesNotKnowIsUndeterminedNotItsNeighbour() {
		Evidence galician = new Evidence(Map.of("pt", 1.0, "es", 0.9), 40, "gl");

		Detection detection = DetectionPriors.combine(galician, DetectionHints.none());

		assertThat(detection.language().isUndetermined()).isTrue();
		assertThat(detection.alternatives()).extracting(a -> a.language().value()).contains("pt");
	}

}
