package dev.meridian.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a wrong language on a customer's file costs, on the evaluation corpus
 * (bench/language/corpus, the 20 goal languages): on whole sentences under one point of
 * accuracy against no hint, while the right language on file still decides short
 * messages. Accuracy thresholds only; timing is the benchmark's business.
 */
class WrongHintsTests {

	static final List<String> GOAL_LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
			"ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "th");

	record Sample(String language, boolean sentence, String text) {

		/**
		 * The wrong language on file the evaluation uses: English, German for English
		 * texts.
		 */
		LanguageTag wrongHint() {
			return new LanguageTag(this.language.equals("en") ? "de" : "en");
		}

	}

	static LanguageDetection detection;

	static List<Sample> corpus;

	@BeforeAll
	static void load() throws IOException {
		detection = LanguageDetection
			.standalone(new LanguageSettings(List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
					"ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "th", "tl", "hu"), false, false, 12));
		corpus = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("bench/language/corpus"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] columns = line.split("\t", 3);
					if (!line.startsWith("#") && columns.length == 3 && GOAL_LANGUAGES.contains(columns[0])) {
						corpus.add(new Sample(columns[0], columns[1].equals("sentence"), columns[2].strip()));
					}
				}
			}
		}
	}

	@Test
	void aWrongCustomerLanguageCostsSentencesUnderOnePoint() {
		List<Sample> sentences = corpus.stream().filter(Sample::sentence).toList();
		assertThat(sentences).hasSizeGreaterThan(300);

		double withoutHint = accuracy(sentences, sample -> DetectionHints.none());
		double withWrongHint = accuracy(sentences, sample -> DetectionHints.customer(sample.wrongHint(), List.of()));

		assertThat(withoutHint).isGreaterThanOrEqualTo(99.0);
		assertThat(withoutHint - withWrongHint).isLessThan(1.0);
	}

	@Test
	void theRightCustomerLanguageStillDecidesShortMessages() {
		List<Sample> shortMessages = corpus.stream().filter(sample -> !sample.sentence()).toList();
		assertThat(shortMessages).hasSizeGreaterThan(500);

		assertThat(accuracy(shortMessages,
				sample -> DetectionHints.customer(new LanguageTag(sample.language()), List.of())))
			.isGreaterThanOrEqualTo(90.0);
	}

	private static double accuracy(List<Sample> samples, java.util.function.Function<Sample, DetectionHints> hints) {
		long right = samples.stream()
			.filter(sample -> detection.detect(sample.text(), hints.apply(sample))
				.language()
				.language()
				.equals(sample.language()))
			.count();
		return 100.0 * right / samples.size();
	}

}
