package dev.meridian.channels.email.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML mail bodies as text: what a reader sees, with its line breaks and link targets,
 * and the quoted earlier mail cut off for the new text.
 */
class HtmlTextTests {

	static HtmlText read(String html) {
		return HtmlText.of(html, ParseDeadline.none());
	}

	@Test
	void breaksLinesAtBlocksAndBrAndKeepsOneEmptyLineAtMost() {
		String html = "<html><head><title>T</title><style>p{color:red}</style></head><body>"
				+ "<div>Hello,</div><div><br></div><div>my <b>order</b>   is\nlate.</div>"
				+ "<p>Line one<br>Line two</p><br><br><br><p>Regards</p><script>alert(1)</script></body></html>";

		assertThat(read(html).full()).isEqualTo("Hello,\n\nmy order is late.\nLine one\nLine two\n\nRegards");
	}

	@Test
	void decodesEntitiesAndNonBreakingSpaces() {
		assertThat(read("<p>Fish &amp; chips&nbsp;&lt;3 &#x1F600; &eacute;t&eacute;</p>").full())
			.isEqualTo("Fish & chips <3 😀 été");
	}

	@Test
	void writesALinksTargetAfterItsTextUnlessTheTextShowsIt() {
		String html = "<p>Track it <a href=\"https://track.example/123\">here</a>, or see "
				+ "<a href=\"https://shop.example\">https://shop.example</a> and <a href=\"mailto:a@b.example\">us</a>.</p>";

		assertThat(read(html).full())
			.isEqualTo("Track it here <https://track.example/123>, or see https://shop.example and us.");
	}

	@Test
	void keepsPreformattedTextAndSpacesTableCells() {
		String html = "<pre>a  b\n  c</pre><table><tr><td>Order</td><td>4711</td></tr><tr><th>Total</th><td>9 €</td></tr></table>";

		assertThat(read(html).full()).isEqualTo("a  b\n  c\nOrder 4711\nTotal 9 €");
	}

	@Test
	void cutsGmailOutlookAndThunderbirdQuotesFromTheNewText() {
		HtmlText gmail = read("<div dir=ltr>Where is it?<br></div><br><div class=\"gmail_quote gmail_quote_container\">"
				+ "On Mon, Support wrote:<blockquote>Hello</blockquote></div><div>after</div>");
		HtmlText outlook = read("<p>Danke!</p><div id=\"divRplyFwdMsg\"><b>Von:</b> Support</div><p>Alt</p>");
		HtmlText thunderbird = read("<p>Merci</p><div class=\"moz-cite-prefix\">Le lundi</div>"
				+ "<blockquote type=\"cite\">Ancien</blockquote>");

		assertThat(gmail.withoutQuotedHistory()).isEqualTo("Where is it?");
		assertThat(gmail.full()).contains("On Mon, Support wrote:", "Hello", "after");
		assertThat(outlook.withoutQuotedHistory()).isEqualTo("Danke!");
		assertThat(thunderbird.withoutQuotedHistory()).isEqualTo("Merci");
	}

	@Test
	void keepsTheWholeTextWhenNothingPrecedesTheQuote() {
		assertThat(read("<blockquote type=cite>Only a quote</blockquote>").withoutQuotedHistory())
			.isEqualTo("Only a quote");
	}

	@Test
	void readsUnclosedAndRepeatedTagsAsTheBrowserWould() {
		assertThat(read("<style x".repeat(10) + "text").full()).isEmpty();
		assertThat(read("<div><b>bold <i>both</b> italic</i>").full()).isEqualTo("bold both italic");
		assertThat(read("before<!-- never closed").full()).isEqualTo("before");
	}

	@Test
	void givesUpAtTheDeadline() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> HtmlText.of("<p>x</p>".repeat(5000), ParseDeadline.after(java.time.Duration.ZERO)))
			.isInstanceOf(ParseBudgetExceededException.class);
	}

}
