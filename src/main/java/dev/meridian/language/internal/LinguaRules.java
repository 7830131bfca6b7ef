package dev.meridian.language.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import org.jspecify.annotations.Nullable;

/**
 * Lingua's two rules that come before any model, with what they find in each word
 * remembered: which language a word's letters alone name, which script it is written in,
 * and which of Lingua's tell-tale characters it holds.
 * <p>
 * Lingua works these out letter by letter with a regular expression per script on every
 * text (a quarter of the first pass's time once its look-ups were merged), though they
 * depend on the word alone, and customers use the same words over and over. The rules
 * then weigh the words' findings against each other as Lingua 1.2.2 does (read from its
 * byte code; {@code FirstPassTests} compares the outcome with Lingua's on many texts). A
 * word's own finding comes from Lingua itself, asked about that word alone.
 */
final class LinguaRules {

	/** Distinct words remembered at most; then forgotten all at once and learnt anew. */
	static final int MAX_WORDS = 50_000;

	/**
	 * Longer words are worked out each time rather than remembered: customers' words are
	 * short, and a text of long made-up words would otherwise fill the memory with them.
	 */
	static final int MAX_WORD_CHARS = 32;

	private static final Alphabet[] ALPHABETS = Alphabet.values();

	private record Mapping(String characters, EnumSet<Language> languages) {
	}

	/**
	 * What one word shows: the language its letters name by themselves (UNKNOWN for
	 * none), its script (null when mixed or none), and for each of Lingua's tell-tale
	 * character groups it holds, the group and how many of the group's characters.
	 */
	private record WordFacts(Language language, @Nullable Alphabet alphabet, int[] mappings, int[] counts) {
	}

	private final LanguageDetector lingua;

	private final Set<Language> languages;

	private final List<Mapping> mappings = new ArrayList<>();

	private final Map<String, WordFacts> words = new ConcurrentHashMap<>();

	LinguaRules(LanguageDetector lingua) {
		this.lingua = lingua;
		this.languages = lingua.getLanguages$lingua();
		Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING()
			.forEach((characters, languages) -> this.mappings.add(new Mapping(characters, languages)));
	}

	/**
	 * The language the words' letters alone decide, UNKNOWN when they do not: Lingua's
	 * {@code detectLanguageWithRules}.
	 */
	Language decided(List<String> words) {
		Map<Language, Integer> total = new LinkedHashMap<>();
		for (String word : words) {
			total.merge(facts(word).language(), 1, Integer::sum);
		}
		if (total.getOrDefault(Language.UNKNOWN, 0) < 0.5 * words.size()) {
			total.remove(Language.UNKNOWN);
		}
		if (total.isEmpty()) {
			return Language.UNKNOWN;
		}
		if (total.size() == 1) {
			return total.keySet().iterator().next();
		}
		if (total.size() == 2 && total.containsKey(Language.CHINESE) && total.containsKey(Language.JAPANESE)) {
			return Language.JAPANESE;
		}
		// Lingua sorts the counts (a stable sort) and compares the first two: the first
		// of the highest wins unless another has as many.
		Language first = null;
		int highest = -1;
		int second = -1;
		for (Map.Entry<Language, Integer> each : total.entrySet()) {
			int count = each.getValue();
			if (count > highest) {
				second = highest;
				highest = count;
				first = each.getKey();
			}
			else if (count > second) {
				second = count;
			}
		}
		return highest == second ? Language.UNKNOWN : first;
	}

	/**
	 * The languages the words can be in, by their script and tell-tale characters:
	 * Lingua's {@code filterLanguagesByRules}.
	 */
	Set<Language> possible(List<String> words) {
		Map<Alphabet, Integer> alphabets = new LinkedHashMap<>();
		for (String word : words) {
			Alphabet alphabet = facts(word).alphabet();
			if (alphabet != null) {
				alphabets.merge(alphabet, 1, Integer::sum);
			}
		}
		if (alphabets.isEmpty()) {
			return this.languages;
		}
		if (alphabets.size() > 1 && Set.copyOf(alphabets.values()).size() == 1) {
			return this.languages;
		}
		Alphabet most = null;
		int highest = Integer.MIN_VALUE;
		for (Map.Entry<Alphabet, Integer> each : alphabets.entrySet()) {
			if (each.getValue() > highest) {
				highest = each.getValue();
				most = each.getKey();
			}
		}
		Set<Language> filtered = new LinkedHashSet<>();
		for (Language language : this.languages) {
			if (language.getAlphabets$lingua().contains(most)) {
				filtered.add(language);
			}
		}
		int[] counts = new int[Language.values().length];
		for (String word : words) {
			WordFacts facts = facts(word);
			for (int i = 0; i < facts.mappings().length; i++) {
				for (Language language : this.mappings.get(facts.mappings()[i]).languages()) {
					if (filtered.contains(language)) {
						counts[language.ordinal()] += facts.counts()[i];
					}
				}
			}
		}
		Set<Language> subset = EnumSet.noneOf(Language.class);
		for (Language language : Language.values()) {
			if (counts[language.ordinal()] > 0 && counts[language.ordinal()] >= words.size() / 2.0) {
				subset.add(language);
			}
		}
		return subset.isEmpty() ? filtered : subset;
	}

	private WordFacts facts(String word) {
		if (word.length() > MAX_WORD_CHARS) {
			return learn(word);
		}
		WordFacts facts = this.words.get(word);
		if (facts == null) {
			if (this.words.size() >= MAX_WORDS) {
				this.words.clear();
			}
			facts = learn(word);
			this.words.put(word, facts);
		}
		return facts;
	}

	private WordFacts learn(String word) {
		// Asked about one word, Lingua's rule answers with what that word decides.
		Language language = this.lingua.detectLanguageWithRules$lingua(List.of(word));
		Alphabet alphabet = null;
		for (Alphabet each : ALPHABETS) {
			if (each.matches(word)) {
				alphabet = each;
				break;
			}
		}
		List<Integer> held = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		for (int m = 0; m < this.mappings.size(); m++) {
			String characters = this.mappings.get(m).characters();
			int count = 0;
			for (int i = 0; i < characters.length(); i++) {
				if (word.indexOf(characters.charAt(i)) >= 0) {
					count++;
				}
			}
			if (count > 0) {
				held.add(m);
				counts.add(count);
			}
		}
		return new WordFacts(language, alphabet, held.stream().mapToInt(Integer::intValue).toArray(),
				counts.stream().mapToInt(Integer::intValue).toArray());
	}

}
