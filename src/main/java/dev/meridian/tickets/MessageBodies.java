package dev.meridian.tickets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns what people send into what Meridian stores: text kept exactly as written, and an
 * HTML version that is safe to show in an agent's browser.
 */
final class MessageBodies {

	/** Generous for long emails, small enough that one message cannot exhaust memory. */
	static final int MAX_LENGTH = 200_000;

	private static final PolicyFactory SAFE_HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "span").toFactory());

	private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

	private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</(p|div|h[1-6]|blockquote|pre|table|ul|ol)>");

	private static final Pattern LINE_END = Pattern.compile("(?i)</(li|tr)>|<br\\s*/?>");

	private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

	private MessageBodies() {
	}

	/** The body as stored: text and sanitized HTML. */
	record Body(String text, String html) {
	}

	static Body of(String field, String text, String html) {
		boolean hasText = text != null && !text.isBlank();
		boolean hasHtml = html != null && !html.isBlank();
		if (!hasText && !hasHtml) {
			throw new InvalidValueException(field, "A message needs a body");
		}
		if (hasText) {
			requireStorable(field, text);
		}
		if (hasHtml) {
			requireStorable(field, html);
		}
		String safeHtml = hasHtml ? SAFE_HTML.sanitize(html) : htmlOf(text);
		return new Body(hasText ? text : textOf(html), safeHtml);
	}

	/**
	 * PostgreSQL text cannot hold NUL, and lone surrogates are not Unicode; both are
	 * refused rather than silently changed, so every stored text is returned exactly.
	 */
	static void requireStorable(String field, String text) {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidValueException(field, "A text may have at most " + MAX_LENGTH + " characters");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				throw new InvalidValueException(field, "The text contains a NUL character (U+0000)");
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				throw new InvalidValueException(field, "The text contains an unpaired surrogate (invalid UTF-16)");
			}
			if (Character.isLowSurrogate(c)) {
				throw new InvalidValueException(field, "The text contains an unpaired surrogate (invalid UTF-16)");
			}
		}
	}

	/** Paragraphs and line breaks of plain text, escaped. */
	static String htmlOf(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R{2,}")) {
			html.append("<p>");
			String[] lines = paragraph.split("\\R");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br />");
				}
				html.append(escape(lines[i]));
			}
			html.append("</p>");
		}
		return html.toString();
	}

	static String textOf(String html) {
		String withBreaks = LINE_END.matcher(PARAGRAPH_END.matcher(html).replaceAll("$0\n\n")).replaceAll("$0\n");
		String stripped = NO_MARKUP.sanitize(withBreaks);
		return unescape(stripped).replace('\u00A0', ' ')
			.replaceAll("[ \\t]+\n", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&#34;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String unescape(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> new String(Character.toChars(entity.startsWith("#x")
						? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
