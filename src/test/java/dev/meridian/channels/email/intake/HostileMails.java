package dev.meridian.channels.email.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Mails built to make a parser slow, each of about a given size: the shapes that made
 * regular expressions backtrack (repeated {@code <style x}, unclosed quote blocks,
 * encoded words and angle brackets that never close), deep and unclosed HTML, long
 * headers and address lists, and text that looks like quoted history on every line. Each
 * has a sender, so a parser that keeps up turns it into a message. Used by
 * {@code MailFuzzTests}, the inbound API tests and the parse bench
 * ({@code bench/run-mail-parse-bench.sh}).
 */
public final class HostileMails {

	private HostileMails() {
	}

	/** Every generator by name; each takes the approximate size in bytes. */
	public static Map<String, IntFunction<byte[]>> all() {
		Map<String, IntFunction<byte[]>> all = new LinkedHashMap<>();
		all.put("repeated <style x", size -> html(repeat("<style x", size)));
		all.put("repeated <head><title>", size -> html(repeat("<head><title>x", size)));
		all.put("unclosed gmail quote divs", size -> html(repeat("<div class=\"gmail_quote", size)));
		all.put("unclosed blockquotes", size -> html(repeat("<blockquote type=cite x=", size)));
		all.put("nested divs", size -> html(repeat("<div>", size / 2) + repeat("</div>", size / 2)));
		all.put("nested formatting tags", size -> html(repeat("<b><i><u><a href=x><font>", size)));
		all.put("misnested formatting tags", size -> html(repeat("<b><i></b></i><p>", size)));
		all.put("nested tables", size -> html(repeat("<table><tr><td>", size)));
		all.put("unclosed comment and entities", size -> html("<!--" + repeat("&#x1;&amp&lt", size)));
		all.put("unclosed attribute", size -> html("<a href=\"" + repeat("x", size)));
		all.put("long subject", size -> mail("Subject: " + repeat("Ärger ", size) + "\r\n", "text/plain", "hi"));
		all.put("folded header",
				size -> mail("Subject: " + repeat("x\r\n ", size) + "\r\nX-Long: " + repeat("y\r\n\t", size) + "\r\n",
						"text/plain", "hi"));
		all.put("many encoded words",
				size -> mail("Subject: " + repeat("=?utf-8?q?caf=C3=A9?= ", size) + "\r\n", "text/plain", "hi"));
		all.put("unclosed encoded words",
				size -> mail("Subject: " + repeat("=?utf-8?q?x", size) + "\r\n", "text/plain", "hi"));
		all.put("long address list",
				size -> mail("To: " + repeat("Someone <someone@example.com>, ", size) + "\r\n", "text/plain", "hi"));
		all.put("unclosed angle brackets in From",
				size -> raw("From: " + repeat("<a@a@a@", size) + " sender@example.com\r\nSubject: x\r\n\r\nhi\r\n"));
		all.put("at signs without brackets in From", size -> raw(
				"From: " + repeat("a@", size) + "\r\nReply-To: <reply@example.com>\r\nSubject: x\r\n\r\nhi\r\n"));
		all.put("address characters without at sign in From",
				size -> raw("From: " + repeat("abcdefgh", size) + " <sender@example.com>\r\nSubject: x\r\n\r\nhi\r\n"));
		all.put("attribution-like lines", size -> mail("", "text/plain", repeat("On " + "x".repeat(190) + "\n", size)));
		all.put("uuencode without end", size -> mail("", "text/plain", repeat("begin 644 a.txt\n", size)));
		all.put("bounce text without addresses",
				size -> raw(
						"From: MAILER-DAEMON@example.com\r\nSubject: Undeliverable\r\nX-Failed-Recipients: x\r\n\r\n"
								+ repeat("abcdefgh.", size) + "\r\n"));
		all.put("deep multipart nesting", HostileMails::deepMultipart);
		all.put("random bytes in HTML", size -> {
			Random random = new Random(size);
			StringBuilder body = new StringBuilder(size);
			String pieces = "<>/=\"' abcdivstyle!-&#;\n";
			while (body.length() < size) {
				body.append(pieces.charAt(random.nextInt(pieces.length())));
			}
			return html(body.toString());
		});
		return all;
	}

	static String repeat(String piece, int size) {
		return piece.repeat(Math.max(1, size / piece.length()));
	}

	static byte[] html(String body) {
		return mail("", "text/html; charset=utf-8", body);
	}

	static byte[] mail(String headers, String contentType, String body) {
		return raw(
				"From: Sender <sender@example.com>\r\n" + (headers.contains("Subject:") ? "" : "Subject: hostile\r\n")
						+ headers + "MIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n" + body + "\r\n");
	}

	static byte[] raw(String mail) {
		return mail.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] deepMultipart(int size) {
		StringBuilder body = new StringBuilder();
		int depth = Math.min(5_000, size / 100);
		for (int i = 0; i < depth; i++) {
			body.append("--b")
				.append(i)
				.append("\r\nContent-Type: multipart/mixed; boundary=\"b")
				.append(i + 1)
				.append("\"\r\n\r\n");
		}
		body.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeep\r\n");
		return mail("", "multipart/mixed; boundary=\"b0\"", body.toString());
	}

}
