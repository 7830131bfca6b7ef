package dev.meridian.bot.answers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words the search marked in a snippet, read without parsing it: the same words a
 * parsed document's {@code <mark>} elements give.
 */
class MarkedWordsTests {

	@Test
	void readsTheWordsOfEveryMark() {
		assertThat(MarkedWords.of("We <mark>refund</mark> you within 5 days after your <mark>return arrives</mark>."))
			.containsExactlyInAnyOrderElementsOf(ContentWords.of("refund return arrives"));
	}

	@Test
	void unescapesWhatTheHighlighterEscaped() {
		assertThat(MarkedWords.of("<mark>Zoll&#x2F;Steuern</mark> &amp; <mark>Geb&#252;hren</mark> &lt;mark&gt;"))
			.containsExactlyInAnyOrderElementsOf(ContentWords.of("Zoll Steuern Gebühren"));
	}

	@Test
	void findsNothingWithoutMarks() {
		assertThat(MarkedWords.of("Shipping to Japan takes 5&ndash;8 business days.")).isEmpty();
		assertThat(MarkedWords.of("")).isEmpty();
	}

	@Test
	void agreesWithAParsedDocument() {
		for (String snippet : List.of("<mark>配送</mark>には<mark>日数</mark>がかかります",
				"الشحن إلى <mark>الإمارات</mark> يستغرق &quot;3&quot; أيام",
				"Rücksendung aus dem <mark>Ausland</mark>: <mark>30 Tage</mark> &#x27;ab&#x27; Lieferung",
				"<mark>Livraison</mark>\n au <mark>Japon</mark> &eacute;t&eacute;")) {
			Set<String> parsed = new HashSet<>();
			Jsoup.parseBodyFragment(snippet)
				.select("mark")
				.forEach(mark -> parsed.addAll(ContentWords.of(mark.text())));
			assertThat(MarkedWords.of(snippet)).as(snippet).isEqualTo(parsed);
		}
	}

}
