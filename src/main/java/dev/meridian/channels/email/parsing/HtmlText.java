package dev.meridian.channels.email.parsing;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML mail body, for storing, searching and reading the language
 * from: line breaks where the mail shows them, link targets after their text, and without
 * what a reader does not see (head, styles, scripts). Quoted history in the HTML (Gmail's
 * quote block, Outlook's reply header, {@code <blockquote type="cite">}) is cut off for
 * the new text, as the text part would be.
 * <p>
 * Read with jsoup's HTML parser, which takes time in proportion to the input whatever it
 * holds (unclosed or nested tags, a thousand {@code <style} openings), unlike the regular
 * expressions that were here before and could backtrack for minutes on crafted mail.
 *
 * @param full the text of the whole body
 * @param withoutQuotedHistory the text without the quoted earlier mail (the whole text
 * when nothing would be left)
 */
record HtmlText(String full, String withoutQuotedHistory) {

	/** What mail programs wrap the quoted earlier mail in. */
	private static final String QUOTE = String.join(", ", "div.gmail_quote", "div[class^=gmail_quote]",
			"blockquote[type^=cite]", "div#divRplyFwdMsg", "div[id^=divRplyFwdMsg]", "div[id^=appendonsend]",
			"div.moz-cite-prefix", "div.yahoo_quoted", "div[class^=yahoo_quoted]");

	private static final Set<String> UNSEEN = Set.of("head", "style", "script", "title", "template", "noscript");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
			"pre", "table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "li", "dl", "dt", "dd", "section", "article",
			"header", "footer", "address", "hr", "form", "fieldset", "center", "caption", "figure", "figcaption",
			"main", "nav", "aside");

	static HtmlText of(String html, ParseDeadline deadline) {
		Document document = Jsoup.parse(html);
		deadline.check();
		String full = textOf(document, deadline);
		Element quote = document.selectFirst(QUOTE);
		if (quote == null) {
			return new HtmlText(full, full);
		}
		cutFrom(quote);
		String fresh = textOf(document, deadline);
		return new HtmlText(full, fresh.isBlank() ? full : fresh);
	}

	/** Removes the node and everything after it in document order. */
	private static void cutFrom(Node start) {
		Node node = start;
		while (node != null && node.parent() != null) {
			Node next = node.nextSibling();
			while (next != null) {
				Node following = next.nextSibling();
				next.remove();
				next = following;
			}
			node = node.parent();
		}
		start.remove();
	}

	private static String textOf(Document document, ParseDeadline deadline) {
		TextWriter writer = new TextWriter(deadline);
		NodeTraversor.traverse(writer, document.body() == null ? document : document.body());
		return writer.text();
	}

	/**
	 * Writes text nodes with collapsed white space (kept as is inside {@code pre}), a
	 * line break around each block and at each {@code br}, a space between table cells,
	 * and a link's target after its text when the text does not show it.
	 */
	private static final class TextWriter implements NodeVisitor {

		private final StringBuilder out = new StringBuilder();

		private final ParseDeadline deadline;

		private int visited;

		/** Depth inside elements whose content is not shown; their text is skipped. */
		private int unseen;

		private int preformatted;

		TextWriter(ParseDeadline deadline) {
			this.deadline = deadline;
		}

		@Override
		public void head(Node node, int depth) {
			if (++this.visited % 1024 == 0) {
				this.deadline.check();
			}
			if (node instanceof TextNode text) {
				if (this.unseen == 0) {
					appendText(text.getWholeText());
				}
				return;
			}
			if (!(node instanceof Element element)) {
				return;
			}
			String name = element.normalName();
			if (UNSEEN.contains(name)) {
				this.unseen++;
				return;
			}
			if (this.unseen > 0) {
				return;
			}
			if (name.equals("pre")) {
				this.preformatted++;
			}
			if (name.equals("br")) {
				this.out.append('\n');
			}
			else if (BLOCKS.contains(name)) {
				lineBreak();
			}
			else if (name.equals("td") || name.equals("th")) {
				// A blank between cells; none at the start of a row (after its line
				// break).
				space();
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return;
			}
			String name = element.normalName();
			if (UNSEEN.contains(name)) {
				this.unseen--;
				return;
			}
			if (this.unseen > 0) {
				return;
			}
			if (name.equals("pre")) {
				this.preformatted--;
			}
			if (BLOCKS.contains(name)) {
				lineBreak();
			}
			else if (name.equals("a")) {
				linkTarget(element);
			}
		}

		private void appendText(String value) {
			if (this.preformatted > 0) {
				this.out.append(value.replace("\r\n", "\n"));
				return;
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
					space();
				}
				else {
					this.out.append(c == '\u00A0' ? ' ' : c);
				}
			}
		}

		private void space() {
			int length = this.out.length();
			if (length > 0 && this.out.charAt(length - 1) != ' ' && this.out.charAt(length - 1) != '\n') {
				this.out.append(' ');
			}
		}

		private void lineBreak() {
			int length = this.out.length();
			if (length > 0 && this.out.charAt(length - 1) != '\n') {
				this.out.append('\n');
			}
		}

		/**
		 * "text <https://...>", so an agent sees where a link goes (and a phishing link).
		 */
		private void linkTarget(Element link) {
			String href = link.attr("href").strip();
			String lower = href.toLowerCase(Locale.ROOT);
			if (!(lower.startsWith("http://") || lower.startsWith("https://")) || href.length() > 2000) {
				return;
			}
			String shown = link.text().strip();
			if (shown.isEmpty() || shown.contains(href) || href.endsWith("//" + shown)
					|| href.endsWith("//" + shown + "/")) {
				return;
			}
			space();
			this.out.append('<').append(href).append('>');
		}

		/**
		 * The text with trailing blanks of each line removed, at most one empty line in a
		 * row, and no blank lines at either end.
		 */
		String text() {
			StringBuilder text = new StringBuilder(this.out.length());
			int emptyLines = 0;
			int lineStart = 0;
			for (int i = 0; i <= this.out.length(); i++) {
				if (i < this.out.length() && this.out.charAt(i) != '\n') {
					continue;
				}
				int end = i;
				while (end > lineStart && (this.out.charAt(end - 1) == ' ' || this.out.charAt(end - 1) == '\t')) {
					end--;
				}
				if (end == lineStart) {
					emptyLines++;
				}
				else {
					if (text.length() > 0) {
						text.append(emptyLines > 0 ? "\n\n" : "\n");
					}
					text.append(this.out, lineStart, end);
					emptyLines = 0;
				}
				lineStart = i + 1;
			}
			return text.toString().strip();
		}

	}

}
