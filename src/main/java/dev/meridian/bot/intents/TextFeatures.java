package dev.meridian.bot.intents;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The features a text is compared by: its words, and the character n-grams (2 to 4) of
 * each word with its edges marked, so "Mensch" and "Menschen", "falar" and "falo" share
 * most of theirs. Scripts written without spaces (Japanese, Chinese) give n-grams of the
 * whole run of letters instead of words. Accents and case do not count: customers type
 * "pedido" for "pédido" and "SPRECHEN" for "sprechen".
 */
public final class TextFeatures {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private TextFeatures() {
	}

	/** Lower case, compatibility forms folded, accents and Arabic vowel marks removed. */
	public static String normalized(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("");
		// Japanese voiced kana lose their mark in NFD; compose again so が stays が-like.
		return NOT_LETTERS.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/** Feature counts of a text. */
	public static Map<String, Integer> of(String text) {
		Map<String, Integer> counts = new HashMap<>();
		String normalized = normalized(text);
		if (normalized.isEmpty()) {
			return counts;
		}
		for (String word : normalized.split(" ")) {
			if (unspaced(word)) {
				ngrams(word, 1, 3, counts);
				continue;
			}
			counts.merge("w:" + word, 1, Integer::sum);
			ngrams(" " + word + " ", 2, 4, counts);
		}
		return counts;
	}

	private static void ngrams(String word, int min, int max, Map<String, Integer> counts) {
		int[] points = word.codePoints().toArray();
		for (int n = min; n <= max; n++) {
			for (int i = 0; i + n <= points.length; i++) {
				counts.merge(new String(points, i, n), 1, Integer::sum);
			}
		}
	}

	/** Han, kana, Thai: scripts whose words are not separated by spaces. */
	static boolean unspaced(String word) {
		return word.codePoints().anyMatch(TextFeatures::unspacedScript);
	}

	private static boolean unspacedScript(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
	}

	/**
	 * Whether a keyword occurs in a text as whole words (anywhere, for scripts without
	 * spaces); both already {@link #normalized(String) normalized}.
	 */
	public static boolean contains(String normalizedText, String normalizedKeyword) {
		if (normalizedKeyword.isEmpty()) {
			return false;
		}
		if (unspaced(normalizedKeyword)) {
			return normalizedText.contains(normalizedKeyword);
		}
		return (" " + normalizedText + " ").contains(" " + normalizedKeyword + " ");
	}

}
