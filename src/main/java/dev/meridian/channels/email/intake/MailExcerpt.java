package dev.meridian.channels.email.intake;

import java.io.ByteArrayOutputStream;

/**
 * What an admin needs to judge a mail too large to take: its headers and the start of its
 * body, each bounded, and the size the whole mail had.
 *
 * @param headers the header block (at most {@link #MAX_HEADERS} bytes)
 * @param bodyStart the start of the body (at most {@link #MAX_BODY} bytes)
 * @param size the size of the whole mail in bytes
 */
public record MailExcerpt(byte[] headers, byte[] bodyStart, long size) {

	public static final int MAX_HEADERS = 64 * 1024;

	public static final int MAX_BODY = 64 * 1024;

	public MailExcerpt {
		headers = clip(headers, MAX_HEADERS);
		bodyStart = clip(bodyStart, MAX_BODY);
	}

	/** The excerpt of a mail at hand. */
	public static MailExcerpt of(byte[] raw) {
		int end = headerEnd(raw);
		byte[] headers = new byte[Math.min(end, MAX_HEADERS)];
		System.arraycopy(raw, 0, headers, 0, headers.length);
		int bodyFrom = Math.min(raw.length, end + (end + 4 <= raw.length && raw[end] == '\r' ? 4 : 2));
		byte[] body = new byte[Math.min(raw.length - bodyFrom, MAX_BODY)];
		System.arraycopy(raw, bodyFrom, body, 0, body.length);
		return new MailExcerpt(headers, body, raw.length);
	}

	/** Headers, an empty line and the start of the body, as a (cut) mail source. */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.headers.length + this.bodyStart.length + 4);
		out.writeBytes(this.headers);
		out.writeBytes("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.writeBytes(this.bodyStart);
		return out.toByteArray();
	}

	/** Where the header block ends: at the first empty line (CRLF CRLF or LF LF). */
	private static int headerEnd(byte[] raw) {
		int limit = Math.min(raw.length, MAX_HEADERS + 4);
		for (int i = 0; i + 1 < limit; i++) {
			if (raw[i] == '\n' && raw[i + 1] == '\n') {
				return i;
			}
			if (raw[i] == '\r' && i + 3 < raw.length && raw[i + 1] == '\n' && raw[i + 2] == '\r'
					&& raw[i + 3] == '\n') {
				return i;
			}
		}
		return Math.min(raw.length, MAX_HEADERS);
	}

	private static byte[] clip(byte[] bytes, int max) {
		if (bytes.length <= max) {
			return bytes;
		}
		byte[] clipped = new byte[max];
		System.arraycopy(bytes, 0, clipped, 0, max);
		return clipped;
	}

}
