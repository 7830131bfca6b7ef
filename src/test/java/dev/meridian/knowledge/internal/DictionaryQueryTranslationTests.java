package dev.meridian.knowledge.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.meridian.knowledge.KnowledgeSettings;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query translation into English with Debian's FreeDict dictionaries (installed by
 * {@code .ci/run}) and the project's shop glossary.
 */
class DictionaryQueryTranslationTests {

	static DictionaryQueryTranslation translation;

	@BeforeAll
	static void readDictionaries() {
		translation = new DictionaryQueryTranslation(new KnowledgeSettings(Path.of("target/index"),
				Path.of("/usr/share/dictd"), "en", List.of("en"), Map.of(), Map.of(), false));
		assertThat(translation.awaitLoaded(Duration.ofMinutes(5))).isTrue();
	}

	private static List<String> english(String language, String query) {
		return List.of(translation.translate(query, new LanguageTag(language), new LanguageTag("en"))
			.orElseThrow()
			.split(" "));
	}

	@Test
	void shopTermsComeFromTheGlossaryWhereNoDictionaryHasThem() {
		assertThat(english("de", "wo finde ich meine Sendungsnummer?")).contains("tracking", "number")
			.doesNotContain("sendungsnummer");
		assertThat(english("sv", "var hittar jag mitt spårningsnummer?")).contains("tracking", "number");
	}

	@Test
	void glossaryTermsMatchInflectedAndUnaccentedForms() {
		assertThat(english("de", "Rücksendungen")).contains("return");
		assertThat(english("es", "devolucion del pedido")).contains("return", "order");
	}

	@Test
	void inflectedWordsAreLookedUpByTheirStem() {
		// "Kopfhörern" (dative plural) is no headword; "Kopfhörer" is.
		assertThat(english("de", "Kopfhörern")).contains("headphones");
	}

	@Test
	void bothFilesOfALanguageAreRead() {
		// Turkish-English lacks "bloknot"; English-Turkish has "tablet" → bloknot
		assertThat(english("tr", "bloknot")).contains("tablet");
		// Arabic-English: Arabic had no dictionary before, only the glossary
		assertThat(english("ar", "قميص")).isNotEqualTo(List.of("قميص"));
	}

	@Test
	void functionWordsAreLeftOut() {
		assertThat(english("de", "mein Paket ist nie angekommen")).doesNotContain("my", "is", "mein", "ist");
	}

	@Test
	void japaneseIsCutIntoWordsInTheirBaseForm() {
		assertThat(english("ja", "パスワードを忘れました")).contains("password", "forgot");
		assertThat(english("ja", "荷物が税関で止まっています")).contains("parcel", "customs");
	}

	@Test
	void arabicIsTranslatedByTheGlossaryWithoutADictionary() {
		assertThat(english("ar", "أين أجد رقم التتبع؟")).contains("tracking", "number");
	}

	@Test
	void countryNamesComeFromTheLocaleData() {
		assertThat(english("es", "¿hacéis envíos a Noruega?")).contains("norway");
		assertThat(english("ja", "ノルウェーに発送できますか")).contains("norway");
		assertThat(english("ru", "доставка в Канаду")).contains("canada");
	}

	@Test
	void grammarNotesAreNoSenses() {
		assertThat(DictionaryQueryTranslation.senses("1. …-ing form\n2. + dat\n3. to ship, to send"))
			.contains("to ship", "to send")
			.noneMatch(sense -> sense.contains("…") || sense.contains("+"));
	}

}
