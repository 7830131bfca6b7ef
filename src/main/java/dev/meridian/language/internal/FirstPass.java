package dev.meridian.language.internal;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.Constant;
import com.github.pemistahl.lingua.internal.Ngram;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;

/**
 * The first pass of detection: Lingua's low-accuracy confidences over all its languages
 * (trigrams, a language lacking one read by its bigram, then its unigram), the same
 * values Lingua's {@code computeLanguageConfidenceValues} gives, but with the n-grams
 * looked up once for all languages in {@link MergedNgrams} rather than once per language.
 * <p>
 * Everything but the look-ups is Lingua's own, called as it calls it: the text's
 * clean-up, the rules that decide a text by its script or its letters alone or narrow the
 * languages it can be in, the text's set of trigrams (whose order the float sums follow)
 * and the summing-up. {@code FirstPassTests} checks the values against Lingua's for texts
 * in many languages and scripts.
 */
final class FirstPass {

	private static final Language[] LANGUAGES = Language.values();

	private static final int TRIGRAM = 3;

	/** Lingua's detector over every language, for its rules only: it loads no model. */
	private final LanguageDetector rules;

	private final LinguaRules wordRules;

	private final MergedNgrams ngrams;

	private FirstPass(LanguageDetector rules, MergedNgrams ngrams) {
		this.rules = rules;
		this.wordRules = new LinguaRules(rules);
		this.ngrams = ngrams;
	}

	/** Reads the uni-, bi- and trigram models of every language: a second or two. */
	static FirstPass ofAllLanguages() {
		return new FirstPass(LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build(),
				MergedNgrams.of(Language.all()));
	}

	MergedNgrams ngrams() {
		return this.ngrams;
	}

	/**
	 * Each language the text may be in with its confidence relative to the likeliest's
	 * (1.0), as Lingua's low-accuracy {@code computeLanguageConfidenceValues}; empty when
	 * the text gives nothing to go on.
	 */
	Map<Language, Double> confidences(String text) {
		Map<Language, Double> confidences = new EnumMap<>(Language.class);
		String cleaned = this.rules.cleanUpInputText$lingua(text);
		if (cleaned.isEmpty() || Constant.INSTANCE.getNO_LETTER().matches(cleaned)) {
			return confidences;
		}
		List<String> words = this.rules.splitTextIntoWords$lingua(cleaned);
		Language byRules = this.wordRules.decided(words);
		if (byRules != Language.UNKNOWN) {
			confidences.put(byRules, 1.0);
			return confidences;
		}
		Set<Language> filtered = this.wordRules.possible(words);
		if (filtered.size() == 1) {
			confidences.put(filtered.iterator().next(), 1.0);
			return confidences;
		}
		if (cleaned.length() < TRIGRAM) {
			return confidences;
		}
		boolean[] wanted = new boolean[LANGUAGES.length];
		for (Language language : filtered) {
			wanted[language.ordinal()] = true;
		}
		float[] sums = new float[LANGUAGES.length];
		this.ngrams.sum(values(TestDataLanguageModel.Companion.fromText(cleaned, TRIGRAM).getNgrams()), wanted,
				filtered.size(), sums);
		Map<Language, Float> probabilities = new EnumMap<>(Language.class);
		for (Language language : filtered) {
			if (sums[language.ordinal()] < 0) {
				probabilities.put(language, sums[language.ordinal()]);
			}
		}
		Map<Language, Float> summed = this.rules.sumUpProbabilities$lingua(List.of(probabilities), Map.of(), filtered);
		if (summed.isEmpty()) {
			return confidences;
		}
		float highest = Float.NEGATIVE_INFINITY;
		for (float value : summed.values()) {
			highest = Math.max(highest, value);
		}
		for (Map.Entry<Language, Float> each : summed.entrySet()) {
			confidences.put(each.getKey(), (double) (highest / each.getValue()));
		}
		return confidences;
	}

	/** The n-grams' strings, in the set's order, without copying them. */
	private static Collection<String> values(Set<Ngram> ngrams) {
		return new AbstractCollection<>() {

			@Override
			public Iterator<String> iterator() {
				Iterator<Ngram> each = ngrams.iterator();
				return new Iterator<>() {

					@Override
					public boolean hasNext() {
						return each.hasNext();
					}

					@Override
					public String next() {
						return each.next().getValue();
					}

				};
			}

			@Override
			public int size() {
				return ngrams.size();
			}

		};
	}

}
