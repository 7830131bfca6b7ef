package dev.meridian.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Close languages with the real detector over all of Lingua's languages, on sentences the
 * project wrote (src/test/resources/language/close-languages.tsv): uk/ru/be/bg,
 * es/pt/gl/ca, id/ms, nb/da/sv, hr/sr/bs, hi/mr/ne, and kanji-only Japanese against
 * Chinese. Galician and Nepali are languages the detector does not know: the right answer
 * is und, never the neighbour.
 */
class CloseLanguagesTests {

	record Line(String group, String expected, String text) {
	}

	record Answer(Line line, Detection detection) {

		boolean right() {
			return this.detection.language().value().equals(this.line.expected());
		}

		boolean wrong() {
			return !right() && !this.detection.language().isUndetermined();
		}

	}

	static List<Answer> answers;

	@BeforeAll
	static void detectAll() throws IOException {
		LanguageDetection detection = LanguageDetection
			.standalone(new LanguageSettings(List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
					"ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "th", "tl", "hu"), false, false, 12));
		answers = new ArrayList<>();
		for (Line line : corpus()) {
			answers.add(new Answer(line, detection.detect(line.text(), DetectionHints.none())));
		}
	}

	@Test
	void tellsUkrainianRussianBelarusianAndBulgarianApart() {
		assertThat(accuracy("uk", "ru", "be", "bg")).allSatisfy((language,
				right) -> assertThat(right).as("%s right (%s)", language, misses("east-slavic")).isEqualTo(1.0));
	}

	@Test
	void tellsSpanishPortugueseAndCatalanApartAndGalicianIsUndetermined() {
		assertThat(accuracy("es", "pt", "ca")).allSatisfy(
				(language, right) -> assertThat(right).as("%s right (%s)", language, misses("iberian")).isEqualTo(1.0));
		assertThat(outside("iberian")).as("Galician answered und, %s", misses("iberian")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void tellsDanishNorwegianAndSwedishApart() {
		assertThat(accuracy("da", "nb", "sv")).allSatisfy((language,
				right) -> assertThat(right).as("%s right (%s)", language, misses("scandinavian")).isEqualTo(1.0));
	}

	@Test
	void tellsHindiAndMarathiApartAndNepaliIsUndetermined() {
		assertThat(accuracy("hi", "mr"))
			.allSatisfy((language, right) -> assertThat(right).as("%s right (%s)", language, misses("devanagari"))
				.isGreaterThanOrEqualTo(5 / 6.0));
		assertThat(outside("devanagari")).as("Nepali answered und, %s", misses("devanagari")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void serbianCyrillicIsSerbianAndCroatianAndBosnianAreNeverConfidentlyWrong() {
		assertThat(accuracy("sr")).containsEntry("sr", 1.0);
		// Croatian and Bosnian are one language in two standards: half right at least,
		// and a wrong answer is the other one, never with confidence.
		assertThat(accuracy("hr", "bs"))
			.allSatisfy((language, right) -> assertThat(right).as("%s right (%s)", language, misses("south-slavic"))
				.isGreaterThanOrEqualTo(0.5));
		assertNeverConfidentlyWrong("south-slavic");
	}

	@Test
	void indonesianAndMalayAreMostlyRightAndNeverConfidentlyWrong() {
		assertThat(accuracy("id", "ms"))
			.allSatisfy((language, right) -> assertThat(right).as("%s right (%s)", language, misses("malay"))
				.isGreaterThanOrEqualTo(4 / 6.0));
		assertNeverConfidentlyWrong("malay");
	}

	@Test
	void kanjiOnlyJapaneseIsNeverChineseAndChineseIsChinese() {
		assertThat(answers).filteredOn(answer -> answer.line().expected().equals("ja"))
			.as(misses("han"))
			.noneMatch(Answer::wrong);
		assertThat(accuracy("ja")).as(misses("han"))
			.allSatisfy((language, right) -> assertThat(right).isGreaterThanOrEqualTo(0.5));
		assertThat(accuracy("zh")).containsEntry("zh", 1.0);
	}

	@Test
	void kanjiOnlyTextIsDecidedByTheCustomersLanguageWhenTheCharactersSayNothing() {
		LanguageDetection detection = LanguageDetection
			.standalone(new LanguageSettings(List.of("ja", "zh"), false, false, 0));

		assertThat(detection.detect("了解", DetectionHints.none()).language().isUndetermined()).isTrue();
		assertThat(detection.detect("了解", DetectionHints.customer(new LanguageTag("ja"), List.of())).language())
			.isEqualTo(new LanguageTag("ja"));
		assertThat(detection.detect("最高！😊", DetectionHints.customer(new LanguageTag("ja"), List.of())).language())
			.isEqualTo(new LanguageTag("ja"));
		// A character Japanese does not use outweighs a Japanese customer.
		assertThat(detection.detect("退货", DetectionHints.customer(new LanguageTag("ja"), List.of())).language())
			.isEqualTo(new LanguageTag("zh"));
	}

	private static void assertNeverConfidentlyWrong(String group) {
		assertThat(answers).filteredOn(answer -> answer.line().group().equals(group))
			.filteredOn(Answer::wrong)
			.as(misses(group))
			.allSatisfy(answer -> assertThat(answer.detection().confidence()).isLessThan(0.8));
	}

	/** Share of each language's sentences answered right. */
	private static Map<String, Double> accuracy(String... languages) {
		Map<String, Double> accuracy = new TreeMap<>();
		for (String language : languages) {
			List<Answer> of = answers.stream().filter(answer -> answer.line().expected().equals(language)).toList();
			assertThat(of).as("sentences in %s", language).hasSizeGreaterThanOrEqualTo(6);
			accuracy.put(language, of.stream().filter(Answer::right).count() / (double) of.size());
		}
		return accuracy;
	}

	/** How many of a group's outside-language sentences were answered und. */
	private static long outside(String group) {
		return answers.stream()
			.filter(answer -> answer.line().group().equals(group) && answer.line().expected().equals("und"))
			.filter(Answer::right)
			.count();
	}

	private static String misses(String group) {
		return answers.stream()
			.filter(answer -> answer.line().group().equals(group) && !answer.right())
			.map(answer -> String.format(Locale.ROOT, "%s → %s %.2f: %s", answer.line().expected(),
					answer.detection().language().value(), answer.detection().confidence(), answer.line().text()))
			.toList()
			.toString();
	}

	private static List<Line> corpus() throws IOException {
		List<Line> lines = new ArrayList<>();
		try (InputStream in = CloseLanguagesTests.class.getResourceAsStream("/language/close-languages.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] fields = line.split("\t");
					lines.add(new Line(fields[0], fields[1], fields[2]));
				}
			}
		}
		return lines;
	}

}
