package dev.meridian.language;

import dev.meridian.InvalidValueException;
import dev.meridian.language.PlainLanguageReport.Kind;
import dev.meridian.language.plain.ReadabilityFormula;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainLanguageTests {

	final PlainLanguage check = PlainLanguage.standalone();

	@Test
	void flagsIdiomsSlangAndJargonWithSuggestions() {
		PlainLanguageReport report = this.check.check(
				"No worries, it's a piece of cake! We’ll touch base once the RMA is approved. Gonna be quick.",
				new LanguageTag("en"));

		assertThat(report.findings()).extracting(PlainLanguageReport.Finding::kind, PlainLanguageReport.Finding::text)
			.contains(org.assertj.core.groups.Tuple.tuple(Kind.SLANG, "No worries"),
					org.assertj.core.groups.Tuple.tuple(Kind.IDIOM, "piece of cake"),
					org.assertj.core.groups.Tuple.tuple(Kind.IDIOM, "touch base"),
					org.assertj.core.groups.Tuple.tuple(Kind.JARGON, "RMA"),
					org.assertj.core.groups.Tuple.tuple(Kind.SLANG, "Gonna"));
		assertThat(report.findings()
			.stream()
			.filter(f -> f.text().equals("piece of cake"))
			.findFirst()
			.orElseThrow()
			.suggestion()).isEqualTo("easy");
	}

	@Test
	void flagsLongSentencesAndScoresReadability() {
		String longSentence = "We have checked your order and we can confirm that the parcel left our warehouse "
				+ "on Monday and that the carrier expects to deliver it to the address you gave us before the end "
				+ "of the week unless the weather delays it.";
		PlainLanguageReport report = this.check.check("Thanks. " + longSentence, new LanguageTag("en"));

		assertThat(report.sentences()).isEqualTo(2);
		assertThat(report.findings()).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo(Kind.LONG_SENTENCE);
			assertThat(f.text()).startsWith("We have checked");
		});
		assertThat(report.readability().formula()).isEqualTo("Flesch reading ease");
	}

	@Test
	void eachLanguageGetsItsOwnFormulaAndLexicon() {
		assertThat(this.check.check("Das war ein Katzensprung, alles in Butter.", new LanguageTag("de")).findings())
			.extracting(PlainLanguageReport.Finding::kind)
			.contains(Kind.IDIOM);
		assertThat(this.check.check("Das ist gut.", new LanguageTag("de")).readability().formula()).isEqualTo("Amstad");
		assertThat(this.check.check("C'est du gâteau.", new LanguageTag("fr")).readability().formula())
			.isEqualTo("Kandel–Moles");
		assertThat(this.check.check("No te preocupes, es pan comido.", new LanguageTag("es")).findings())
			.extracting(PlainLanguageReport.Finding::text)
			.contains("pan comido");
		assertThat(this.check.check("Hola.", new LanguageTag("es")).readability().formula())
			.isEqualTo("Fernández Huerta");
		assertThat(this.check.check("こんにちは。", new LanguageTag("ja")).readability()).isNull();
	}

	@Test
	void shortPlainSentencesReadEasierThanLongWordySentences() {
		double plain = this.check.check("We sent your parcel today. It will come on Friday.", new LanguageTag("en"))
			.readability()
			.score();
		double dense = this.check
			.check("Notwithstanding unforeseeable operational complications, consignment dispatchment "
					+ "authorization necessitates comprehensive administrative verification.", new LanguageTag("en"))
			.readability()
			.score();

		assertThat(plain).isGreaterThan(dense);
		assertThat(ReadabilityFormula.band(plain)).isEqualTo("easy");
	}

	@Test
	void countsSyllablesAsVowelGroups() {
		assertThat(ReadabilityFormula.FLESCH.syllables("table")).isEqualTo(2);
		assertThat(ReadabilityFormula.FLESCH.syllables("cake")).isEqualTo(1);
		assertThat(ReadabilityFormula.AMSTAD.syllables("Bestellung")).isEqualTo(3);
		assertThat(ReadabilityFormula.FERNANDEZ_HUERTA.syllables("pedido")).isEqualTo(3);
	}

	@Test
	void refusesEmptyAndHugeTexts() {
		assertThatThrownBy(() -> this.check.check(" ", new LanguageTag("en")))
			.isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> this.check.check("a".repeat(50_001), new LanguageTag("en")))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("50000");
	}

}
