package dev.meridian.channels.email.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One address from an address header, with its decoded display name.
 *
 * @param address the address as written (not yet validated)
 * @param name the display name, decoded, or null
 */
public record Mailbox(String address, @Nullable String name) {

	private static final Pattern ANGLE = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+?)\\s*>");

	private static final Pattern BARE = Pattern.compile("([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)");

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
		Matcher angle = ANGLE.matcher(value);
		if (angle.find()) {
			String address = cleanAddress(angle.group(1));
			String name = displayName(value.substring(0, angle.start()));
			if (name == null) {
				Matcher comment = COMMENT.matcher(value.substring(angle.end()));
				name = comment.find() ? displayName(comment.group(1)) : null;
			}
			return new Mailbox(address, name);
		}
		Matcher bare = BARE.matcher(value);
		if (!bare.find()) {
			return null;
		}
		String address = cleanAddress(bare.group(1));
		Matcher comment = COMMENT.matcher(value);
		String name = comment.find() ? displayName(comment.group(1)) : null;
		return new Mailbox(address, name);
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
