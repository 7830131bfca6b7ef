package dev.meridian.bench.language;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.meridian.language.LanguageSettings;
import dev.meridian.language.internal.Evidence;
import dev.meridian.language.internal.LinguaDetector;

/**
 * Prints what Lingua reads in every corpus message, before the priors: letters and the
 * relative confidence per language, as TSV. For tuning the constants of DetectionPriors
 * offline: the priors are cheap to recompute, Lingua is not.
 * <p>
 * Arguments: the corpus directory, then {@code high} or {@code low}.
 */
public final class EvidenceDump {

	public static void main(String[] args) {
		List<Sample> corpus = Sample.readCorpus(Path.of(args.length > 0 ? args[0] : "bench/language/corpus"));
		boolean lowAccuracy = args.length > 1 && args[1].equals("low");
		LinguaDetector detector = LinguaDetector
			.create(new LanguageSettings(LanguageEvaluation.LANGUAGES, lowAccuracy, false, 12));
		System.out.println("language\tkind\tletters\tconfidences\ttext");
		for (Sample sample : corpus) {
			Evidence evidence = detector.read(sample.text());
			String confidences = evidence.relativeConfidences()
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.map(entry -> String.format(Locale.ROOT, "%s=%.5f", entry.getKey(), entry.getValue()))
				.collect(Collectors.joining(","));
			System.out.printf("%s\t%s\t%d\t%s\t%s%n", sample.language(), sample.kind().name().toLowerCase(Locale.ROOT),
					evidence.letters(), confidences, sample.text());
		}
	}

}
