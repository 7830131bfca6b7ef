package dev.meridian.language.internal;

import java.util.Map;

/**
 * What the detector read in a text: Lingua's relative confidence per language (ISO 639-1;
 * the most likely language has 1.0, the others the ratio of their summed log
 * probabilities) and how many letters it had to go on.
 */
public record Evidence(Map<String, Double> relativeConfidences, int letters) {

	public Evidence {
		relativeConfidences = Map.copyOf(relativeConfidences);
	}

	public static Evidence none() {
		return new Evidence(Map.of(), 0);
	}

	public boolean isEmpty() {
		return this.relativeConfidences.isEmpty();
	}

}
