package dev.meridian.channels.email.parsing;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Undoes Content-Transfer-Encodings leniently: a broken quoted-printable escape is kept
 * as written, base64 with junk, missing padding or a truncated end gives the bytes that
 * could be read, and uuencode is recognised by its {@code begin} line. Each problem is
 * noted, none is thrown.
 */
final class TransferEncodings {

	private TransferEncodings() {
	}

	static byte[] decode(byte[] raw, @Nullable String encoding, List<String> problems) {
		String name = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
		return switch (name) {
			case "quoted-printable" -> quotedPrintable(raw, problems);
			case "base64" -> base64(raw, problems);
			case "x-uuencode", "uuencode", "x-uue", "uue" -> uudecode(raw, problems);
			default -> raw;
		};
	}

	static byte[] quotedPrintable(byte[] raw, List<String> problems) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
		boolean broken = false;
		for (int i = 0; i < raw.length; i++) {
			byte b = raw[i];
			if (b != '=') {
				out.write(b);
				continue;
			}
			// Soft line break: "=" followed by optional blanks and a line end.
			int j = i + 1;
			while (j < raw.length && (raw[j] == ' ' || raw[j] == '\t')) {
				j++;
			}
			if (j < raw.length && (raw[j] == '\r' || raw[j] == '\n')) {
				i = (raw[j] == '\r' && j + 1 < raw.length && raw[j + 1] == '\n') ? j + 1 : j;
				continue;
			}
			if (j >= raw.length) {
				i = j;
				continue;
			}
			int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
			int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
			if (high < 0 || low < 0) {
				broken = true;
				out.write(b);
				continue;
			}
			out.write(high * 16 + low);
			i += 2;
		}
		if (broken) {
			problems.add("invalid quoted-printable escape kept as written");
		}
		return out.toByteArray();
	}

	static byte[] base64(byte[] raw, List<String> problems) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
		int buffer = 0;
		int bits = 0;
		boolean junk = false;
		for (byte b : raw) {
			int value = valueOf(b);
			if (value == -2) {
				// Padding: whatever follows in this unit is ignored; a new unit may
				// start.
				bits = 0;
				buffer = 0;
				continue;
			}
			if (value < 0) {
				if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
					junk = true;
				}
				continue;
			}
			buffer = (buffer << 6) | value;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				out.write((buffer >> bits) & 0xFF);
			}
		}
		if (junk) {
			problems.add("base64 contained characters outside its alphabet");
		}
		return out.toByteArray();
	}

	private static int valueOf(byte b) {
		if (b >= 'A' && b <= 'Z') {
			return b - 'A';
		}
		if (b >= 'a' && b <= 'z') {
			return b - 'a' + 26;
		}
		if (b >= '0' && b <= '9') {
			return b - '0' + 52;
		}
		if (b == '+' || b == '-') {
			return 62;
		}
		if (b == '/' || b == '_') {
			return 63;
		}
		return b == '=' ? -2 : -1;
	}

	/**
	 * Uudecodes the lines between {@code begin} and {@code end} (or all lines, when the
	 * begin line is missing).
	 */
	static byte[] uudecode(byte[] raw, List<String> problems) {
		String text = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
		boolean inside = !text.contains("begin ");
		for (String line : text.split("\r?\n")) {
			if (!inside) {
				inside = line.startsWith("begin ");
				continue;
			}
			if (line.equals("end") || line.startsWith("end ")) {
				break;
			}
			uudecodeLine(line, out);
		}
		if (out.size() == 0 && raw.length > 0) {
			problems.add("uuencoded data could not be read");
		}
		return out.toByteArray();
	}

	static void uudecodeLine(String line, ByteArrayOutputStream out) {
		if (line.isEmpty()) {
			return;
		}
		int length = (line.charAt(0) - 32) & 0x3F;
		int written = 0;
		for (int i = 1; i + 3 < line.length() + 3 && written < length; i += 4) {
			int c0 = sextet(line, i);
			int c1 = sextet(line, i + 1);
			int c2 = sextet(line, i + 2);
			int c3 = sextet(line, i + 3);
			int[] bytes = { (c0 << 2) | (c1 >> 4), ((c1 & 0xF) << 4) | (c2 >> 2), ((c2 & 0x3) << 6) | c3 };
			for (int b : bytes) {
				if (written < length) {
					out.write(b & 0xFF);
					written++;
				}
			}
		}
	}

	private static int sextet(String line, int index) {
		return index < line.length() ? (line.charAt(index) - 32) & 0x3F : 0;
	}

}
