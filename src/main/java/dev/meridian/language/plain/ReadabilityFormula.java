package dev.meridian.language.plain;

import java.util.Locale;
import java.util.Optional;

/**
 * Reading-ease formulas fitted to each language's word and sentence lengths, all on the
 * Flesch 0–100 scale (higher is easier):
 * <ul>
 * <li>English: Flesch (1948), 206.835 − 1.015 × words per sentence − 84.6 × syllables per
 * word;</li>
 * <li>German: Amstad (1978), 180 − words per sentence − 58.5 × syllables per word;</li>
 * <li>French: Kandel and Moles (1958), 207 − 1.015 × words per sentence − 73.6 ×
 * syllables per word;</li>
 * <li>Spanish: Fernández Huerta (1959), 206.84 − 0.60 × syllables per 100 words − 1.02 ×
 * sentences per 100 words.</li>
 * </ul>
 * Syllables are counted as groups of vowels, with a silent final e in English and French:
 * the usual approximation, good enough to compare drafts, not to grade them.
 */
public enum ReadabilityFormula {

	FLESCH("Flesch reading ease", "aeiouy"), AMSTAD("Amstad", "aeiouyäöü"),
	KANDEL_MOLES("Kandel–Moles", "aeiouyàâéèêëîïôûùüÿœæ"), FERNANDEZ_HUERTA("Fernández Huerta", "aeiouáéíóúü");

	private final String title;

	private final String vowels;

	ReadabilityFormula(String title, String vowels) {
		this.title = title;
		this.vowels = vowels;
	}

	public static Optional<ReadabilityFormula> forLanguage(String language) {
		return switch (language) {
			case "en" -> Optional.of(FLESCH);
			case "de" -> Optional.of(AMSTAD);
			case "fr" -> Optional.of(KANDEL_MOLES);
			case "es" -> Optional.of(FERNANDEZ_HUERTA);
			default -> Optional.empty();
		};
	}

	public String title() {
		return this.title;
	}

	public double score(int sentences, int words, int syllables) {
		if (sentences == 0 || words == 0) {
			return 100;
		}
		double wordsPerSentence = (double) words / sentences;
		double syllablesPerWord = (double) syllables / words;
		double score = switch (this) {
			case FLESCH -> 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
			case AMSTAD -> 180 - wordsPerSentence - 58.5 * syllablesPerWord;
			case KANDEL_MOLES -> 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
			case FERNANDEZ_HUERTA -> 206.84 - 0.60 * (100 * syllablesPerWord) - 1.02 * (100.0 * sentences / words);
		};
		return Math.max(0, Math.min(100, score));
	}

	public int syllables(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		int groups = 0;
		boolean inVowels = false;
		for (int i = 0; i < lower.length(); i++) {
			boolean vowel = this.vowels.indexOf(lower.charAt(i)) >= 0;
			if (vowel && !inVowels) {
				groups++;
			}
			inVowels = vowel;
		}
		boolean silentFinalE = (this == FLESCH || this == KANDEL_MOLES) && groups > 1 && lower.endsWith("e")
				&& !lower.endsWith("le") && !lower.endsWith("ee");
		if (silentFinalE) {
			groups--;
		}
		return Math.max(1, groups);
	}

	public static String band(double score) {
		if (score >= 70) {
			return "easy";
		}
		return score >= 50 ? "standard" : "difficult";
	}

}
