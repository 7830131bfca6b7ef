package dev.meridian.channels.email.parsing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes UTF-7 (RFC 2152), which Java does not ship: still sent by old Outlook versions
 * as {@code unicode-1-1-utf-7}. Malformed shifts are kept as written rather than refused.
 */
final class Utf7 {

	private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private Utf7() {
	}

	static String decode(byte[] bytes) {
		String input = new String(bytes, StandardCharsets.ISO_8859_1);
		StringBuilder out = new StringBuilder(input.length());
		int i = 0;
		while (i < input.length()) {
			char c = input.charAt(i);
			if (c != '+') {
				out.append(c);
				i++;
				continue;
			}
			int end = i + 1;
			while (end < input.length() && BASE64.indexOf(input.charAt(end)) >= 0) {
				end++;
			}
			if (end == i + 1) {
				// "+-" is a literal plus; a lone "+" is kept as written.
				out.append('+');
				i = (end < input.length() && input.charAt(end) == '-') ? end + 1 : end;
				continue;
			}
			out.append(utf16Of(input.substring(i + 1, end)));
			i = (end < input.length() && input.charAt(end) == '-') ? end + 1 : end;
		}
		return out.toString();
	}

	/** A shifted run: modified base64 of UTF-16BE code units, unpadded. */
	private static String utf16Of(String run) {
		int usable = run.length() - (run.length() % 4 == 1 ? 1 : 0);
		String padded = run.substring(0, usable);
		while (padded.length() % 4 != 0) {
			padded += "=";
		}
		byte[] units = Base64.getDecoder().decode(padded);
		int even = units.length - units.length % 2;
		return new String(units, 0, even, StandardCharsets.UTF_16BE);
	}

}
