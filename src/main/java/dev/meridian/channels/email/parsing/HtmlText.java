package dev.meridian.channels.email.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The readable text of an HTML mail body, for storing, searching and reading the language
 * from. Quoted history in the HTML (Gmail's quote block, Outlook's reply header,
 * {@code <blockquote type="cite">}) is cut off before conversion, as the text part would
 * be.
 */
final class HtmlText {

	private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

	private static final Pattern HEAD = Pattern.compile("(?is)<(head|style|script|title)\\b.*?</\\1\\s*>");

	private static final Pattern QUOTE_START = Pattern.compile(
			"(?is)<div[^>]*class=\"?gmail_quote|<blockquote[^>]*type=\"?cite|<div[^>]*id=\"?(divRplyFwdMsg|appendonsend)|<div[^>]*class=\"?(moz-cite-prefix|yahoo_quoted)");

	private static final Pattern BLOCK_END = Pattern
		.compile("(?i)</(p|div|h[1-6]|blockquote|pre|table|ul|ol|tr)>|<br\\s*/?>|</li>");

	private static final Pattern ENTITY = Pattern
		.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

	private HtmlText() {
	}

	/** The HTML without quoted history. */
	static String withoutQuotedHistory(String html) {
		Matcher quote = QUOTE_START.matcher(html);
		return quote.find() && quote.start() > 0 ? html.substring(0, quote.start()) : html;
	}

	static String textOf(String html) {
		String body = HEAD.matcher(html).replaceAll("");
		String withBreaks = BLOCK_END.matcher(body).replaceAll("$0\n");
		String stripped = NO_MARKUP.sanitize(withBreaks);
		return unescape(stripped).replace('\u00A0', ' ')
			.replaceAll("[ \\t]+\n", "\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}

	private static String unescape(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> codePoint(entity);
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String codePoint(String entity) {
		int value = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
				: Integer.parseInt(entity.substring(1));
		if (value <= 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
			return "\uFFFD";
		}
		return new String(Character.toChars(value));
	}

}
