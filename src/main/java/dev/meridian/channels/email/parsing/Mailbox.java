package dev.meridian.channels.email.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One address from an address header, with its decoded display name. Read in time
 * proportional to the header, however long its list of addresses.
 *
 * @param address the address as written (not yet validated)
 * @param name the display name, decoded, or null
 */
public record Mailbox(String address, @Nullable String name) {

	private static final Pattern COMMENT = Pattern.compile("\\(([^()]*)\\)");

	/**
	 * The first address of a header value as received (encoded words not yet decoded), or
	 * null when there is none. Tolerates display names with unquoted commas and dots,
	 * encoded words inside quotes, and a name given as a comment.
	 */
	public static @Nullable Mailbox parseFirst(@Nullable String rawHeader) {
		if (rawHeader == null || rawHeader.isBlank()) {
			return null;
		}
		String value = rawHeader.replaceAll("\\r?\\n", " ");
		Found angle = angled(value);
		if (angle != null) {
			String address = cleanAddress(angle.address());
			String name = displayName(value.substring(0, angle.start()));
			if (name == null) {
				Matcher comment = COMMENT.matcher(value.substring(angle.end()));
				name = comment.find() ? displayName(comment.group(1)) : null;
			}
			return new Mailbox(address, name);
		}
		Found bare = bare(value);
		if (bare == null) {
			return null;
		}
		String address = cleanAddress(bare.address());
		Matcher comment = COMMENT.matcher(value);
		String name = comment.find() ? displayName(comment.group(1)) : null;
		return new Mailbox(address, name);
	}

	/** An address found at [start, end) of a header value. */
	private record Found(int start, int end, String address) {
	}

	/**
	 * The first {@code <local@domain>}, blanks allowed inside the brackets around it:
	 * what {@code <\\s*([^<>\\s]+@[^<>\\s]+?)\\s*>} finds, read in one pass (the pattern
	 * took time in the square of the length of a long list of unclosed brackets and at
	 * signs).
	 */
	private static @Nullable Found angled(String value) {
		int open = value.indexOf('<');
		while (open >= 0) {
			int close = open + 1;
			while (close < value.length() && value.charAt(close) != '<' && value.charAt(close) != '>') {
				close++;
			}
			if (close == value.length()) {
				return null;
			}
			if (value.charAt(close) == '>') {
				int from = open + 1;
				int to = close;
				while (from < to && isSpace(value.charAt(from))) {
					from++;
				}
				while (to > from && isSpace(value.charAt(to - 1))) {
					to--;
				}
				if (isAddress(value, from, to)) {
					return new Found(open, close + 1, value.substring(from, to));
				}
			}
			open = value.indexOf('<', close);
		}
		return null;
	}

	/**
	 * The first run of characters other than blanks and {@code <>"(),;:} with an at sign
	 * inside it: what {@code [^\\s<>"(),;:]+@[^\\s<>"(),;:]+} finds, in one pass.
	 */
	private static @Nullable Found bare(String value) {
		int start = 0;
		while (start < value.length()) {
			while (start < value.length() && !isAddressChar(value.charAt(start))) {
				start++;
			}
			int end = start;
			while (end < value.length() && isAddressChar(value.charAt(end))) {
				end++;
			}
			if (isAddress(value, start, end)) {
				return new Found(start, end, value.substring(start, end));
			}
			start = end;
		}
		return null;
	}

	/** No blank inside, and an at sign with something before and after it. */
	private static boolean isAddress(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (isSpace(value.charAt(i))) {
				return false;
			}
		}
		for (int i = from + 1; i < to - 1; i++) {
			if (value.charAt(i) == '@') {
				return true;
			}
		}
		return false;
	}

	private static boolean isAddressChar(char c) {
		return !isSpace(c) && "<>\"(),;:".indexOf(c) < 0;
	}

	/** What {@code \\s} in a Java pattern is. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static String cleanAddress(String address) {
		String value = address.strip();
		if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
			value = value.substring(7);
		}
		return EncodedWords.decode(value).strip();
	}

	private static @Nullable String displayName(String raw) {
		String value = raw.strip();
		// A name list ("a@b, Name <c@d>") keeps only the part before this address.
		if (value.endsWith(",")) {
			value = value.substring(0, value.length() - 1).strip();
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		String decoded = EncodedWords.decode(value).strip();
		if (decoded.length() >= 2 && (decoded.startsWith("\"") && decoded.endsWith("\"")
				|| decoded.startsWith("'") && decoded.endsWith("'"))) {
			decoded = decoded.substring(1, decoded.length() - 1).strip();
		}
		if (decoded.isEmpty() || decoded.contains("@") && decoded.toLowerCase(Locale.ROOT).equals(decoded)
				&& !decoded.contains(" ")) {
			// "jane@example.com" <jane@example.com> says nothing more than the address.
			return null;
		}
		return decoded;
	}

}
