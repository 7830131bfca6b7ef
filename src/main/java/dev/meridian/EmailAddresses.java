package dev.meridian;

import java.util.regex.Pattern;

/**
 * Checks and normalizes email addresses. Internationalized addresses (UTF-8 local parts
 * and domains, RFC 6531) are accepted; the domain is compared case-insensitively.
 */
public final class EmailAddresses {

	private static final Pattern SHAPE = Pattern
		.compile("^[^\\s@<>()\\[\\],;:\"]{1,64}@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}$");

	private EmailAddresses() {
	}

	public static String normalize(String email) {
		if (email == null) {
			throw new InvalidValueException("email", "An email address is required");
		}
		String trimmed = email.strip();
		if (trimmed.length() > 320 || !SHAPE.matcher(trimmed).matches()) {
			throw new InvalidValueException("email", "'" + abbreviate(trimmed) + "' is not a valid email address");
		}
		int at = trimmed.lastIndexOf('@');
		return trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "…";
	}

}
