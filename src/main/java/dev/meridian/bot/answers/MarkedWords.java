package dev.meridian.bot.answers;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The content words the search marked in a hit's snippet: the words of the text it
 * matched, through the query's translations too. A snippet is the index's plain text,
 * HTML-escaped, with {@code <mark>} around each match and no other markup, so the marks
 * are read with a pattern and their text unescaped; parsing every snippet into a document
 * was 2 % of an answer's CPU time (the profile in docs/bot.md, "Latency").
 */
public final class MarkedWords {

	private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

	private MarkedWords() {
	}

	public static Set<String> of(String snippet) {
		Set<String> words = new HashSet<>();
		Matcher mark = MARK.matcher(snippet);
		while (mark.find()) {
			words.addAll(ContentWords.of(Parser.unescapeEntities(mark.group(1), false)));
		}
		return words;
	}

}
