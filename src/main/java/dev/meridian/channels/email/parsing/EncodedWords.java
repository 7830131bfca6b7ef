package dev.meridian.channels.email.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes header values: RFC 2047 encoded words as written by real mail programs, not
 * only as the RFC allows. Words without the blanks around them, with spaces inside, a
 * multi-byte character split across two words, a charset with an RFC 2231 language, bad
 * base64, and raw 8-bit bytes in a header all give readable text.
 */
public final class EncodedWords {

	private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([bBqQ])\\?(.*?)\\?=");

	private static final Pattern BLANK = Pattern.compile("[ \\t\\r\\n]*");

	private EncodedWords() {
	}

	/**
	 * The readable text of a header value as the parser received it (bytes as ISO-8859-1
	 * characters).
	 */
	public static String decode(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		String value = unfold(eightBit(raw));
		Matcher matcher = WORD.matcher(value);
		StringBuilder out = new StringBuilder(value.length());
		int position = 0;
		List<Segment> run = new ArrayList<>();
		int runEnd = -1;
		while (matcher.find()) {
			String between = value.substring(position, matcher.start());
			boolean adjacent = runEnd >= 0 && BLANK.matcher(between).matches();
			if (!adjacent) {
				flush(run, out);
				out.append(between);
			}
			run.add(new Segment(matcher.group(1), matcher.group(2).toLowerCase(Locale.ROOT), matcher.group(3)));
			position = matcher.end();
			runEnd = position;
		}
		flush(run, out);
		out.append(value.substring(position));
		return out.toString();
	}

	/** Raw UTF-8 (or another charset's) bytes in a header, read as what they are. */
	private static String eightBit(String raw) {
		boolean high = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c > 0xFF) {
				return raw;
			}
			high |= c >= 0x80;
		}
		return high ? MailCharsets.decode(raw.getBytes(StandardCharsets.ISO_8859_1), null) : raw;
	}

	private static String unfold(String value) {
		return value.replaceAll("\\r?\\n(?=[ \\t])", "").replace("\r", "").replace("\n", "");
	}

	/**
	 * Decodes a run of adjacent encoded words: the bytes of neighbours with the same
	 * charset are joined before decoding, since some mailers cut a character in two.
	 */
	private static void flush(List<Segment> run, StringBuilder out) {
		int i = 0;
		while (i < run.size()) {
			String charset = run.get(i).charset();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int j = i;
			while (j < run.size() && run.get(j).charset().equalsIgnoreCase(charset)) {
				bytes.writeBytes(run.get(j).bytes());
				j++;
			}
			out.append(MailCharsets.decode(bytes.toByteArray(), charset));
			i = j;
		}
		run.clear();
	}

	private record Segment(String charset, String encoding, String text) {

		byte[] bytes() {
			List<String> ignored = new ArrayList<>();
			if (this.encoding.equals("b")) {
				return TransferEncodings.base64(this.text.getBytes(StandardCharsets.ISO_8859_1), ignored);
			}
			return TransferEncodings.quotedPrintable(this.text.replace('_', ' ').getBytes(StandardCharsets.ISO_8859_1),
					ignored);
		}

	}

}
