package dev.meridian.channels.email.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Decodes header values: RFC 2047 encoded words as written by real mail programs, not
 * only as the RFC allows. Words without the blanks around them, with spaces inside, a
 * multi-byte character split across two words, a charset with an RFC 2231 language, bad
 * base64, and raw 8-bit bytes in a header all give readable text.
 * <p>
 * Read by hand in one pass, in time proportional to the header: the regular expression
 * used before ({@code =\?cs\?e\?(.*?)\?=}) looked for the end of every opening anew, so a
 * header of many unclosed openings took time in the square of its length.
 */
public final class EncodedWords {

	/** The longest charset name read (with an RFC 2231 language). */
	private static final int MAX_CHARSET = 60;

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
		Words words = new Words(value);
		StringBuilder out = new StringBuilder(value.length());
		int position = 0;
		List<Segment> run = new ArrayList<>();
		int runEnd = -1;
		for (Word word = words.next(0); word != null; word = words.next(position)) {
			boolean adjacent = runEnd >= 0 && blank(value, position, word.start());
			if (!adjacent) {
				flush(run, out);
				out.append(value, position, word.start());
			}
			run.add(word.segment());
			position = word.end();
			runEnd = position;
		}
		flush(run, out);
		out.append(value, position, value.length());
		return out.toString();
	}

	private static boolean blank(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
				return false;
			}
		}
		return true;
	}

	/** An encoded word found at [start, end). */
	private record Word(int start, int end, Segment segment) {
	}

	/**
	 * Finds encoded words left to right, as the pattern
	 * {@code =\?([^?\s]{1,60})\?([bBqQ])\?(.*?)\?=} would, remembering where the next
	 * {@code ?=} is so that no part of the value is searched twice for it.
	 */
	private static final class Words {

		private final String value;

		/** Where {@link #close} was searched from, and what was found (-1: none). */
		private int closeSearchedFrom = Integer.MAX_VALUE;

		private int close = -1;

		Words(String value) {
			this.value = value;
		}

		@Nullable Word next(int from) {
			int start = this.value.indexOf("=?", from);
			while (start >= 0) {
				Word word = wordAt(start);
				if (word != null) {
					return word;
				}
				if (this.closeSearchedFrom != Integer.MAX_VALUE && this.close < 0) {
					// No "?=" is left: no later opening can be closed either.
					return null;
				}
				start = this.value.indexOf("=?", start + 1);
			}
			return null;
		}

		private @Nullable Word wordAt(int start) {
			int charsetEnd = start + 2;
			while (charsetEnd < this.value.length() && charsetEnd - start - 2 <= MAX_CHARSET) {
				char c = this.value.charAt(charsetEnd);
				if (c == '?' || isSpace(c)) {
					break;
				}
				charsetEnd++;
			}
			int length = charsetEnd - start - 2;
			if (length < 1 || length > MAX_CHARSET || charsetEnd + 2 >= this.value.length()
					|| this.value.charAt(charsetEnd) != '?' || this.value.charAt(charsetEnd + 2) != '?') {
				return null;
			}
			char encoding = this.value.charAt(charsetEnd + 1);
			if ("bBqQ".indexOf(encoding) < 0) {
				return null;
			}
			int textStart = charsetEnd + 3;
			int textEnd = closeAtOrAfter(textStart);
			if (textEnd < 0) {
				return null;
			}
			return new Word(start, textEnd + 2, new Segment(this.value.substring(start + 2, charsetEnd),
					Character.toString(Character.toLowerCase(encoding)), this.value.substring(textStart, textEnd)));
		}

		private int closeAtOrAfter(int from) {
			boolean known = from >= this.closeSearchedFrom && (this.close < 0 || this.close >= from);
			if (!known) {
				this.closeSearchedFrom = from;
				this.close = this.value.indexOf("?=", from);
			}
			return this.close;
		}

		/** What {@code \\s} in a Java pattern is. */
		private static boolean isSpace(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}

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
