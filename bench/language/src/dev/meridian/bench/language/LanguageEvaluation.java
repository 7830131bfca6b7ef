package dev.meridian.bench.language;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.meridian.bench.language.Sample.Kind;
import dev.meridian.bench.language.Tally.Outcome;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.language.LanguageSettings;

/**
 * Accuracy, latency and memory of Meridian's language detection on the labelled corpus in
 * {@code bench/language/corpus}, through the server's own {@link LanguageDetection} (Lingua
 * and the priors), outside the application.
 * <p>
 * Arguments: the corpus directory, then {@code high} or {@code low} (Lingua's accuracy
 * mode). Each mode runs in its own JVM so that the heap figure is that mode's alone.
 */
public final class LanguageEvaluation {

	/** The configured default set; tl is detected but not one of the 20 goal languages. */
	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "pl", "ru", "tr",
			"ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "th", "tl");

	static final List<String> GOAL_LANGUAGES = LANGUAGES.subList(0, 20);

	static final int LATENCY_CALLS = 3_000;

	/** The what-if for latency: read only this much of a sentence. */
	static final int SHORTER_EVIDENCE = 60;

	private LanguageEvaluation() {
	}

	public static void main(String[] args) throws InterruptedException {
		List<Sample> corpus = Sample.readCorpus(Path.of(args.length > 0 ? args[0] : "bench/language/corpus"));
		boolean lowAccuracy = args.length > 1 && args[1].equals("low");
		String mode = lowAccuracy ? "low accuracy" : "high accuracy";
		System.out.printf(Locale.ROOT, "== Lingua %s, %d languages (%s); corpus: %d sentences, %d short messages%n",
				mode, LANGUAGES.size(), String.join(" ", LANGUAGES), texts(corpus, Kind.SENTENCE).size(),
				texts(corpus, Kind.SHORT).size());
		System.out.printf(Locale.ROOT, "   JVM %s, max heap %d MB, %d cores, load average %.2f%n",
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		long heapBefore = usedHeapAfterGc();
		LanguageDetection detection = LanguageDetection
			.standalone(new LanguageSettings(LANGUAGES, lowAccuracy, false, 12));
		long started = System.nanoTime();
		detection.detect("Hallo", DetectionHints.none());
		long loadMillis = (System.nanoTime() - started) / 1_000_000;
		long heapAfter = usedHeapAfterGc();
		double modelsMegabytes = (heapAfter - heapBefore) / 1048576.0;
		System.out.printf(Locale.ROOT,
				"   load (models + first detection): %,d ms; heap used after load %.0f MB, %.0f MB of it the models%n%n",
				loadMillis, heapAfter / 1048576.0, modelsMegabytes);

		AccuracyTable accuracy = AccuracyTable.measure(detection, corpus);
		accuracy.print(LANGUAGES, GOAL_LANGUAGES);
		Tally sentences = accuracy.total(GOAL_LANGUAGES, Kind.SENTENCE, Condition.NONE);
		Tally shortNone = accuracy.total(GOAL_LANGUAGES, Kind.SHORT, Condition.NONE);
		Tally shortCustomer = accuracy.total(GOAL_LANGUAGES, Kind.SHORT, Condition.CUSTOMER);
		Tally shortMarket = accuracy.total(GOAL_LANGUAGES, Kind.SHORT, Condition.MARKET);
		Tally sentencesWrongHint = accuracy.total(GOAL_LANGUAGES, Kind.SENTENCE, Condition.WRONG_CUSTOMER);

		List<Sample> messages = messages(corpus);
		List<Sample> cut = cut(corpus);
		Latency sentenceLatency = Latency.measure(detection, texts(corpus, Kind.SENTENCE), LATENCY_CALLS);
		Latency shortLatency = Latency.measure(detection, texts(corpus, Kind.SHORT), LATENCY_CALLS);
		Latency messageLatency = Latency.measure(detection, texts(messages, Kind.SENTENCE), LATENCY_CALLS);
		Latency cutLatency = Latency.measure(detection, texts(cut, Kind.SENTENCE), LATENCY_CALLS);
		System.out.printf(Locale.ROOT,
				"== latency per message after warm-up, µs, no hints (%,d calls per group; CPU time in a second pass)%n",
				LATENCY_CALLS);
		System.out.println("                          calls   p50 wall p99 wall max wall   p50 cpu  p99 cpu");
		System.out.println(sentenceLatency.row("sentences"));
		System.out.println(sentenceLatency.row("  of which < 60 chars", length -> length < 60));
		System.out.println(sentenceLatency.row("  of which 60-119 chars", length -> length >= 60 && length < 120));
		System.out.println(shortLatency.row("1-3 words"));
		System.out.println(messageLatency.row("3-sentence messages"));
		System.out.println(cutLatency.row("sentences, first " + SHORTER_EVIDENCE + " chars"));
		System.out.printf(Locale.ROOT, "   garbage collections while timing: %d, %d, %d, %d%n", sentenceLatency.collections(),
				shortLatency.collections(), messageLatency.collections(), cutLatency.collections());
		Tally messageAccuracy = accuracyWithoutHints(detection, messages);
		Tally cutAccuracy = accuracyWithoutHints(detection, cut);
		System.out.printf(Locale.ROOT,
				"   accuracy without hints: 3-sentence messages (%d, the detector reads the first 240 chars) %.1f %%;"
						+ " sentences cut to their first %d chars %.1f %%%n",
				messages.size(), messageAccuracy.accuracy(), SHORTER_EVIDENCE, cutAccuracy.accuracy());
		List<Latency.TextCost> costs = Latency.perText(detection, texts(corpus, Kind.SENTENCE), 11);
		System.out.printf(Locale.ROOT,
				"   each sentence's own cost (median CPU time of 11 calls): p50 %.0f µs, p90 %.0f µs, max %.0f µs; the costliest:%n",
				costs.get(costs.size() / 2).micros(), costs.get(costs.size() / 10).micros(), costs.get(0).micros());
		costs.subList(0, 5)
			.forEach(cost -> System.out.printf(Locale.ROOT, "   %6.0f µs  %3d chars  %s%n", cost.micros(),
					cost.text().length(), cost.text()));
		System.out.println();

		accuracy.printMisses();

		double p99 = Math.max(sentenceLatency.percentile(99), shortLatency.percentile(99));
		System.out.printf(Locale.ROOT, "== goals (%s, the 20 languages)%n", mode);
		goal("sentences, no hints", sentences.accuracy(), ">= 99 %");
		goal("1-3 words, customer's language known", shortCustomer.accuracy(), ">= 90 %");
		double cost = sentences.accuracy() - sentencesWrongHint.accuracy();
		System.out.printf(Locale.ROOT, "%-40s %7.1f pts  goal %-8s %s%n", "sentences, cost of a wrong customer hint",
				cost, "< 1 pt", cost < 1 ? "MET" : "NOT MET");
		System.out.printf(Locale.ROOT, "%-40s %7.0f µs   goal %-8s %s (p99 of sentences %.0f, of 1-3 words %.0f)%n",
				"p99 per message after warm-up", p99, "< 1000", p99 < 1000 ? "MET" : "NOT MET",
				sentenceLatency.percentile(99), shortLatency.percentile(99));
		System.out.printf(Locale.ROOT, "%-40s %7.0f MB   load %,d ms%n%n", "heap used by the models", modelsMegabytes,
				loadMillis);
		System.out.printf(Locale.ROOT,
				"SUMMARY\t%s\tload_ms=%d\theap_mb=%.0f\tsentences=%.1f\tshort_none=%.1f\tshort_customer=%.1f\tshort_market=%.1f"
						+ "\tp50_sentence_us=%.0f\tp99_sentence_us=%.0f\tp50_short_us=%.0f\tp99_short_us=%.0f%n",
				lowAccuracy ? "low" : "high", loadMillis, modelsMegabytes, sentences.accuracy(), shortNone.accuracy(),
				shortCustomer.accuracy(), shortMarket.accuracy(), sentenceLatency.percentile(50),
				sentenceLatency.percentile(99), shortLatency.percentile(50), shortLatency.percentile(99));
	}

	private static void goal(String name, double value, String goal) {
		boolean met = value >= Double.parseDouble(goal.replaceAll("[^0-9.]", ""));
		System.out.printf(Locale.ROOT, "%-40s %7.1f %%    goal %-8s %s%n", name, value, goal, met ? "MET" : "NOT MET");
	}

	/** Emails and chat turns are longer than a sentence: three consecutive sentences of one language. */
	private static List<Sample> messages(List<Sample> corpus) {
		List<Sample> messages = new ArrayList<>();
		for (String language : GOAL_LANGUAGES) {
			List<String> sentences = corpus.stream()
				.filter(sample -> sample.language().equals(language) && sample.kind() == Kind.SENTENCE)
				.map(Sample::text)
				.toList();
			for (int i = 0; i < sentences.size(); i++) {
				String text = String.join(" ", sentences.get(i), sentences.get((i + 1) % sentences.size()),
						sentences.get((i + 2) % sentences.size()));
				messages.add(new Sample(language, Kind.SENTENCE, text));
			}
		}
		return messages;
	}

	/** The goal languages' sentences, cut to their first {@link #SHORTER_EVIDENCE} characters. */
	private static List<Sample> cut(List<Sample> corpus) {
		return corpus.stream()
			.filter(sample -> sample.kind() == Kind.SENTENCE && GOAL_LANGUAGES.contains(sample.language()))
			.map(sample -> new Sample(sample.language(), Kind.SENTENCE,
					sample.text().substring(0, Math.min(SHORTER_EVIDENCE, sample.text().length()))))
			.toList();
	}

	private static Tally accuracyWithoutHints(LanguageDetection detection, List<Sample> samples) {
		Tally tally = new Tally();
		for (Sample sample : samples) {
			Outcome outcome = AccuracyTable.outcome(sample.language(),
					detection.detect(sample.text(), DetectionHints.none()));
			tally.add(outcome);
		}
		return tally;
	}

	private static List<String> texts(List<Sample> samples, Kind kind) {
		return samples.stream().filter(sample -> sample.kind() == kind).map(Sample::text).toList();
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
