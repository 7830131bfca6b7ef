package dev.meridian.channels.email.parsing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes labelled with a charset into text, the way mail in the wild needs it: a
 * label is a hint, not a promise. Labels are mapped to the superset actually used by the
 * mail programs that write them ({@code gb2312} is GB18030 in practice, {@code shift_jis}
 * is Microsoft's CP932, {@code iso-8859-1} is windows-1252), UTF-7 is decoded by hand,
 * and an unknown or missing label is guessed with ICU's detector. Never throws.
 */
public final class MailCharsets {

	/** Labels whose bytes are written by a wider charset than the name says. */
	private static final Map<String, String> SUPERSETS = Map.ofEntries(Map.entry("gb2312", "GB18030"),
			Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"), Map.entry("cp936", "GB18030"),
			Map.entry("euc-cn", "GB18030"), Map.entry("x-euc-cn", "GB18030"), Map.entry("chinese", "GB18030"),
			Map.entry("csgb2312", "GB18030"), Map.entry("big5", "Big5-HKSCS"), Map.entry("x-x-big5", "Big5-HKSCS"),
			Map.entry("cn-big5", "Big5-HKSCS"), Map.entry("shift_jis", "windows-31j"),
			Map.entry("shift-jis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("sjis", "windows-31j"),
			Map.entry("ms_kanji", "windows-31j"), Map.entry("cp932", "windows-31j"),
			Map.entry("iso-2022-jp", "x-windows-iso2022jp"), Map.entry("csiso2022jp", "x-windows-iso2022jp"),
			Map.entry("euc-jp", "x-eucJP-Open"), Map.entry("x-euc-jp", "x-eucJP-Open"),
			Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
			Map.entry("ks_c_5601", "x-windows-949"), Map.entry("ksc5601", "x-windows-949"),
			Map.entry("ksc_5601", "x-windows-949"), Map.entry("korean", "x-windows-949"),
			Map.entry("cp949", "x-windows-949"), Map.entry("iso-8859-8-i", "ISO-8859-8"),
			Map.entry("iso-8859-8-e", "ISO-8859-8"), Map.entry("iso-8859-6-i", "ISO-8859-6"),
			Map.entry("iso-8859-6-e", "ISO-8859-6"), Map.entry("iso-8859-1", "windows-1252"),
			Map.entry("latin1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
			Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
			Map.entry("ansi_x3.4-1968", "windows-1252"), Map.entry("iso-8859-9", "windows-1254"),
			Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
			Map.entry("windows-874", "x-windows-874"), Map.entry("utf8", "UTF-8"), Map.entry("unicode", "UTF-8"),
			Map.entry("x-unicode20utf8", "UTF-8"), Map.entry("cp1252", "windows-1252"),
			Map.entry("cp1251", "windows-1251"), Map.entry("cp1250", "windows-1250"),
			Map.entry("cp1256", "windows-1256"), Map.entry("x-mac-roman", "x-MacRoman"),
			Map.entry("macintosh", "x-MacRoman"));

	private MailCharsets() {
	}

	/** The text of bytes labelled {@code label} (which may be missing or wrong). */
	public static String decode(byte[] bytes, @Nullable String label) {
		String normalized = normalize(label);
		if (normalized.equals("utf-7") || normalized.equals("unicode-1-1-utf-7") || normalized.equals("x-utf-7")
				|| normalized.equals("csunicode11utf7")) {
			return Utf7.decode(bytes);
		}
		if (isAscii(bytes)) {
			// Plain ASCII reads the same in every label we accept, except the
			// 7-bit ones that shift with escapes (ISO-2022-*) and UTF-7.
			if (!normalized.startsWith("iso-2022") && !normalized.startsWith("csiso2022")) {
				return new String(bytes, StandardCharsets.US_ASCII);
			}
		}
		Optional<Charset> declared = charsetFor(normalized);
		if (declared.isPresent()) {
			Charset charset = declared.get();
			if (charset.equals(StandardCharsets.UTF_8) || normalized.equals("us-ascii") || normalized.equals("ascii")) {
				// Declared UTF-8 (or 7-bit) with bytes that are not: read what they
				// really are.
				String strict = strictly(bytes, StandardCharsets.UTF_8);
				if (strict != null) {
					return strict;
				}
				return detected(bytes, null);
			}
			String strict = strictly(bytes, charset);
			if (strict != null) {
				return strict;
			}
			// The label is wrong often enough (UTF-8 bodies labelled latin-1) that
			// valid UTF-8 wins over a label its bytes break.
			String utf8 = strictly(bytes, StandardCharsets.UTF_8);
			return utf8 != null ? utf8 : new String(bytes, charset);
		}
		return detected(bytes, normalized);
	}

	static Optional<Charset> charsetFor(@Nullable String label) {
		String normalized = normalize(label);
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		String superset = SUPERSETS.get(normalized);
		if (superset != null) {
			Optional<Charset> wider = named(superset);
			if (wider.isPresent()) {
				return wider;
			}
		}
		return named(normalized);
	}

	private static Optional<Charset> named(String name) {
		try {
			return Optional.of(Charset.forName(name));
		}
		catch (RuntimeException ex) {
			// IllegalCharsetName or UnsupportedCharset: the caller guesses instead.
			return Optional.empty();
		}
	}

	private static String normalize(@Nullable String label) {
		if (label == null) {
			return "";
		}
		String value = label.strip().toLowerCase(Locale.ROOT);
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		// Labels written with an RFC 2231 language suffix ("utf-8*en") or junk.
		int star = value.indexOf('*');
		if (star > 0) {
			value = value.substring(0, star);
		}
		return value;
	}

	private static @Nullable String strictly(byte[] bytes, Charset charset) {
		try {
			CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The best guess for bytes without a usable label: UTF-8 when they are valid UTF-8,
	 * else ICU's detector (statistics over byte patterns), else windows-1252, which maps
	 * every byte.
	 */
	static String detected(byte[] bytes, @Nullable String hint) {
		String utf8 = strictly(bytes, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return utf8;
		}
		try {
			CharsetDetector detector = new CharsetDetector();
			if (hint != null && !hint.isEmpty()) {
				detector.setDeclaredEncoding(hint);
			}
			detector.setText(bytes);
			CharsetMatch match = detector.detect();
			if (match != null && match.getConfidence() >= 10) {
				Optional<Charset> charset = charsetFor(match.getName());
				if (charset.isPresent()) {
					String guessed = new String(bytes, charset.get());
					// A guess that cannot map its own input was a wrong guess.
					if (guessed.indexOf('\uFFFD') < 0) {
						return guessed;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// The detector is a guess; a failed guess falls through to windows-1252.
		}
		return new String(bytes, Charset.forName("windows-1252"));
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

}
