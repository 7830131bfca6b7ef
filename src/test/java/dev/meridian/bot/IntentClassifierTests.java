package dev.meridian.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.meridian.bot.intents.IntentExample;
import dev.meridian.bot.intents.IntentExamples;
import dev.meridian.bot.intents.TextFeatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped intent classifier against the labelled questions in {@code bench/bot-eval}
 * (written apart from the training examples, which they must not repeat).
 */
class IntentClassifierTests {

	static final double THRESHOLD = Double.parseDouble(BotSettings.INTENT_THRESHOLD);

	final IntentClassifier classifier = IntentClassifier.shipped(THRESHOLD);

	record Labelled(String language, String question, String expected) {
	}

	static List<Labelled> labelled(String file) throws IOException {
		List<Labelled> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(Path.of("bench/bot-eval", file), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\t");
			rows.add(new Labelled(parts[0], parts[1], parts[2]));
		}
		return rows;
	}

	@Test
	void shipsExamplesInAtLeastNineLanguages() {
		assertThat(this.classifier.languages()).contains("en", "de", "fr", "es", "pt", "it", "nl", "ja", "ar");
	}

	@Test
	void testQuestionsAreNotTrainingExamples() throws IOException {
		Set<String> training = IntentExamples.shipped()
			.stream()
			.map(example -> TextFeatures.normalized(example.phrase()))
			.collect(Collectors.toSet());
		List<Labelled> rows = new ArrayList<>(labelled("intents.tsv"));
		rows.addAll(labelled("none.tsv"));
		assertThat(rows).hasSizeGreaterThan(200)
			.noneMatch(row -> training.contains(TextFeatures.normalized(row.question())));
	}

	@Test
	void recognisesHeldOutIntentsInEveryLanguage() throws IOException {
		Map<String, int[]> perLanguage = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (Labelled row : labelled("intents.tsv")) {
			Optional<IntentMatch> match = this.classifier.classify(row.question());
			String got = match.map(m -> "intent:" + m.intent().value()).orElse("none");
			int[] counts = perLanguage.computeIfAbsent(row.language(), key -> new int[2]);
			counts[1]++;
			if (got.equals(row.expected())) {
				counts[0]++;
			}
			else {
				misses.add(row.language() + " " + row.question() + " expected " + row.expected() + " got " + got
						+ match.map(m -> " (" + m.evidence() + ", " + m.score() + ")").orElse(""));
			}
		}
		System.out.println("Intent accuracy per language: " + perLanguage.entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
			.toList());
		misses.forEach(miss -> System.out.println("  miss: " + miss));
		int right = perLanguage.values().stream().mapToInt(c -> c[0]).sum();
		int all = perLanguage.values().stream().mapToInt(c -> c[1]).sum();
		assertThat((double) right / all).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
		perLanguage.forEach((language, counts) -> assertThat((double) counts[0] / counts[1]).as(language)
			.isGreaterThanOrEqualTo(0.75));
	}

	@Test
	void everyHeldOutHandOffPhraseHandsOff() throws IOException {
		for (Labelled row : labelled("intents.tsv")) {
			if (row.expected().equals("intent:handoff")) {
				assertThat(this.classifier.classify(row.question()).map(IntentMatch::intent))
					.as(row.language() + ": " + row.question())
					.contains(Intent.HANDOFF);
			}
		}
	}

	@Test
	void questionsTheKnowledgeBaseCannotAnswerAreNoIntent() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Labelled row : labelled("none.tsv")) {
			this.classifier.classify(row.question())
				.ifPresent(match -> wrong.add(row.question() + " -> " + match.intent().value() + " (" + match.evidence()
						+ ", " + match.score() + ")"));
		}
		assertThat(wrong).as(String.join("\n", wrong)).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void aHandOffKeywordDecidesWhateverElseTheTextSays() {
		assertThat(this.classifier.classify("Thanks, but I want to talk to a human about my refund"))
			.map(IntentMatch::intent)
			.contains(Intent.HANDOFF);
		assertThat(this.classifier.classify("quero falar com uma pessoa")).get()
			.satisfies(match -> assertThat(match.evidence()).isEqualTo("falar com uma pessoa"));
	}

	@Test
	void thanksGiveWayToWhatTheCustomerAsks() {
		assertThat(this.classifier.classify("thank you, where is my order?")).map(IntentMatch::intent)
			.contains(Intent.ORDER_STATUS);
	}

	@Test
	void readsNoIntentIntoAQuestionAboutSomethingElse() {
		assertThat(this.classifier.classify("How long does delivery to Brazil take by express?")).isEmpty();
		assertThat(this.classifier.classify("Welche Größe hat die Jacke in M?")).isEmpty();
	}

	@Test
	void refusesAnExampleFileWithAnUnknownIntent() {
		List<IntentExample> examples = List.of(new IntentExample("en", "handoff", "talk to a person", false),
				new IntentExample("en", null, "how much is shipping", false));
		IntentClassifier small = new IntentClassifier(examples, THRESHOLD);
		assertThat(small.classify("talk to a person please")).map(IntentMatch::intent).contains(Intent.HANDOFF);
		assertThat(small.classify("how much is shipping to Japan")).isEmpty();
	}

}
