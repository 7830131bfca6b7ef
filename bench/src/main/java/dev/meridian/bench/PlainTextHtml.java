package dev.meridian.bench;

/** Plain text as simple HTML: escaped, paragraphs on blank lines, line breaks within. */
final class PlainTextHtml {

	private PlainTextHtml() {
	}

	static String render(String text) {
		StringBuilder html = new StringBuilder(text.length() + 64);
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
		return html.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
