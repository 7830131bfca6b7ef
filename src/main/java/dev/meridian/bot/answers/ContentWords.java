package dev.meridian.bot.answers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.meridian.bot.intents.TextFeatures;

/**
 * The words of a text that carry its meaning, cut to a comparable stem: function words
 * (Lucene's Snowball and per-language stop lists) left out, long words cut to their first
 * five letters so "returns" meets "returning" and "Erstattung" meets "Erstattungen", the
 * Arabic article ال dropped. Japanese and Chinese text, written without spaces, gives its
 * pairs of kanji and katakana instead; runs of hiragana are grammar and left out.
 * <p>
 * Crude next to the search's analysers, on purpose: it only has to tell how much of a
 * question an article covers and which sentence of it answers, in any language, cheaply.
 */
public final class ContentWords {

	static final int STEM_LENGTH = 5;

	private static final Map<String, String> STOP_LISTS = Map.ofEntries(Map.entry("en", "snowball/english_stop.txt"),
			Map.entry("de", "snowball/german_stop.txt"), Map.entry("fr", "snowball/french_stop.txt"),
			Map.entry("es", "snowball/spanish_stop.txt"), Map.entry("pt", "snowball/portuguese_stop.txt"),
			Map.entry("it", "snowball/italian_stop.txt"), Map.entry("nl", "snowball/dutch_stop.txt"),
			Map.entry("sv", "snowball/swedish_stop.txt"), Map.entry("da", "snowball/danish_stop.txt"),
			Map.entry("no", "snowball/norwegian_stop.txt"), Map.entry("ru", "snowball/russian_stop.txt"),
			Map.entry("fi", "snowball/finnish_stop.txt"), Map.entry("ar", "ar/stopwords.txt"),
			Map.entry("tr", "tr/stopwords.txt"));

	/**
	 * Words customers put around every question that the stop lists keep: "how long",
	 * "can I", "please".
	 */
	private static final Set<String> QUESTION_WORDS = Set.of("can", "could", "please", "get", "need", "want", "much",
			"many", "will", "kann", "bitte", "gibt", "muss", "wie", "puis", "peux", "faut", "vais", "comment",
			"combien", "quand", "puedo", "cuanto", "cuando", "como", "posso", "quanto", "quando", "come", "hoe",
			"wanneer", "kan", "هل", "كيف", "متى", "ما", "كم", "ماذا");

	private ContentWords() {
	}

	/** The stems of a text's content words, in order of first appearance. */
	public static Set<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		String normalized = TextFeatures.normalized(text);
		if (normalized.isEmpty()) {
			return words;
		}
		for (String word : normalized.split(" ")) {
			if (unspaced(word)) {
				pairs(word, words);
			}
			else if (word.codePointCount(0, word.length()) >= 2 && !isStopWord(word)) {
				words.add(stem(word));
			}
			else if (word.chars().allMatch(Character::isDigit)) {
				// "30 days", "CN23": numbers carry meaning however short.
				words.add(word);
			}
		}
		return words;
	}

	/** Kanji and katakana pairs (and single kanji standing alone) of an unspaced run. */
	private static void pairs(String run, Set<String> words) {
		int[] points = run.codePoints().toArray();
		StringBuilder content = new StringBuilder();
		for (int i = 0; i <= points.length; i++) {
			boolean meaningful = i < points.length && !hiragana(points[i]);
			if (meaningful) {
				content.appendCodePoint(points[i]);
				continue;
			}
			int[] chunk = content.codePoints().toArray();
			if (chunk.length == 1 && Character.UnicodeScript.of(chunk[0]) == Character.UnicodeScript.HAN) {
				words.add(content.toString());
			}
			for (int j = 0; j + 2 <= chunk.length; j++) {
				words.add(new String(chunk, j, 2));
			}
			content.setLength(0);
		}
	}

	private static boolean hiragana(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HIRAGANA;
	}

	private static boolean unspaced(String word) {
		return word.codePoints().anyMatch(cp -> {
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA;
		});
	}

	static String stem(String word) {
		String bare = word;
		if (bare.startsWith("ال") && bare.length() > 4) {
			bare = bare.substring(2);
		}
		int length = bare.codePointCount(0, bare.length());
		if (length <= STEM_LENGTH) {
			return bare;
		}
		return bare.substring(0, bare.offsetByCodePoints(0, STEM_LENGTH));
	}

	static boolean isStopWord(String word) {
		return QUESTION_WORDS.contains(word) || StopWords.ALL.contains(word);
	}

	/**
	 * Every language's stop list in one set, read on first use: a word is looked up once,
	 * not once per language under a lock (3 % of an answer's CPU time in the profile in
	 * docs/bot.md).
	 */
	private static final class StopWords {

		static final Set<String> ALL = all();

		private static Set<String> all() {
			Set<String> words = new HashSet<>();
			STOP_LISTS.keySet().forEach(language -> words.addAll(load(language)));
			return Set.copyOf(words);
		}

	}

	/**
	 * A Lucene stop list, folded like the text ({@code TextFeatures.normalized}): one
	 * word per line, {@code |} starts a comment.
	 */
	private static Set<String> load(String language) {
		String path = "/org/apache/lucene/analysis/" + STOP_LISTS.get(language);
		Set<String> words = new HashSet<>();
		try (InputStream in = org.apache.lucene.analysis.Analyzer.class.getResourceAsStream(path)) {
			if (in == null) {
				return words;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comment = line.indexOf('|');
				String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					for (String part : word.split("\\s+")) {
						words.add(TextFeatures.normalized(part).toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return words;
	}

}
