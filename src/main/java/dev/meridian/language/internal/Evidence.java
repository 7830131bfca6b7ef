package dev.meridian.language.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the detector read in a text: Lingua's relative confidence per language (ISO 639-1;
 * the most likely language has 1.0, the others the ratio of their summed log
 * probabilities), how many letters it had to go on, and, when the text is in a language
 * the detector does not know but reads as a neighbour (Galician as Portuguese), that
 * language.
 */
public record Evidence(Map<String, Double> relativeConfidences, int letters, @Nullable String outside) {

	public Evidence {
		relativeConfidences = Map.copyOf(relativeConfidences);
	}

	public Evidence(Map<String, Double> relativeConfidences, int letters) {
		this(relativeConfidences, letters, null);
	}

	public static Evidence none() {
		return new Evidence(Map.of(), 0);
	}

	public boolean isEmpty() {
		return this.relativeConfidences.isEmpty();
	}

	/** The most likely languages on the text alone, most likely first. */
	public List<String> likeliest(int count) {
		return this.relativeConfidences.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(count)
			.map(Map.Entry::getKey)
			.toList();
	}

}
