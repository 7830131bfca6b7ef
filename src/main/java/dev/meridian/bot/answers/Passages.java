package dev.meridian.bot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.meridian.markets.LanguageTag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the passage of an article that answers a question: a paragraph, a list item or a
 * table row (with its column names), or one to three of its sentences when the block is
 * long. The passage sharing most content words with the question wins; a tie goes to the
 * shorter, then the earlier one. With no word in common the article's opening is quoted.
 */
public final class Passages {

	private static final int MAX_SENTENCES = 3;

	private Passages() {
	}

	/**
	 * @param html the article's body as rendered (sanitized HTML)
	 * @param locale the body's language, for sentence boundaries
	 * @param wanted the content words to look for: the question's, and any the search
	 * matched in this text
	 * @param maxLength the longest passage, in characters
	 */
	public static String best(String html, LanguageTag locale, Set<String> wanted, int maxLength) {
		List<String> blocks = blocks(html);
		String best = null;
		int bestScore = -1;
		for (String block : blocks) {
			for (String candidate : candidates(block, locale, maxLength)) {
				int score = overlap(candidate, wanted);
				if (score > bestScore || (score == bestScore && best != null && candidate.length() < best.length())) {
					best = candidate;
					bestScore = score;
				}
			}
		}
		if (best == null || bestScore == 0) {
			return blocks.isEmpty() ? "" : opening(blocks.get(0), locale, maxLength);
		}
		return best;
	}

	static int overlap(String text, Set<String> wanted) {
		Set<String> words = ContentWords.of(text);
		words.retainAll(wanted);
		return words.size();
	}

	/** Paragraphs, list items and table rows as plain text, in document order. */
	static List<String> blocks(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		List<String> blocks = new ArrayList<>();
		Elements elements = document.body().select("p, li, tr, pre");
		for (Element element : elements) {
			// A list item holding paragraphs is read through its paragraphs.
			if (!element.is("tr") && element.select("p, li").size() > 1) {
				continue;
			}
			String text = element.is("tr") ? row(element) : element.text();
			if (!text.isBlank()) {
				blocks.add(text.strip());
			}
		}
		if (blocks.isEmpty()) {
			String text = document.body().text();
			if (!text.isBlank()) {
				blocks.add(text.strip());
			}
		}
		return blocks;
	}

	/** "Japan — Standard: 5–8 business days; Express: 2–4 business days". */
	private static String row(Element row) {
		if (row.select("td").isEmpty()) {
			return "";
		}
		Elements cells = row.select("th, td");
		Element table = row.closest("table");
		Elements header = table == null ? new Elements() : table.select("thead tr th");
		if (header.isEmpty() && table != null && table.selectFirst("tr") != null) {
			Element first = table.selectFirst("tr");
			if (first != row && first.select("td").isEmpty()) {
				header = first.select("th");
			}
		}
		StringBuilder text = new StringBuilder(cells.get(0).text());
		for (int i = 1; i < cells.size(); i++) {
			text.append(i == 1 ? " — " : "; ");
			if (i < header.size() && !header.get(i).text().isBlank()) {
				text.append(header.get(i).text()).append(": ");
			}
			text.append(cells.get(i).text());
		}
		return text.toString();
	}

	/** The block itself when short, else windows of one to three sentences. */
	static List<String> candidates(String block, LanguageTag locale, int maxLength) {
		List<String> sentences = sentences(block, locale);
		List<String> candidates = new ArrayList<>();
		if (sentences.size() <= MAX_SENTENCES && block.length() <= maxLength) {
			candidates.add(block);
			return candidates;
		}
		for (int start = 0; start < sentences.size(); start++) {
			StringBuilder window = new StringBuilder();
			for (int end = start; end < sentences.size() && end < start + MAX_SENTENCES; end++) {
				String next = (window.isEmpty() ? "" : " ") + sentences.get(end).strip();
				if (window.length() + next.length() > maxLength) {
					break;
				}
				window.append(next);
				candidates.add(window.toString());
			}
		}
		if (candidates.isEmpty()) {
			candidates.add(cut(block, maxLength));
		}
		return candidates;
	}

	private static String opening(String block, LanguageTag locale, int maxLength) {
		List<String> candidates = candidates(block, locale, maxLength);
		String longest = candidates.get(0);
		for (String candidate : candidates) {
			if (block.startsWith(candidate) && candidate.length() > longest.length()) {
				longest = candidate;
			}
		}
		return longest;
	}

	static List<String> sentences(String text, LanguageTag locale) {
		BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(locale.value()));
		iterator.setText(text);
		List<String> sentences = new ArrayList<>();
		int start = iterator.first();
		for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			String sentence = text.substring(start, end).strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

	/** A sentence too long to quote whole: cut at a word boundary, marked with "…". */
	private static String cut(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		int end = text.lastIndexOf(' ', maxLength - 1);
		return text.substring(0, end > maxLength / 2 ? end : maxLength - 1) + "…";
	}

}
