package dev.meridian.channels.email.parsing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 mail with Jakarta Mail (Angus) set to be lenient, then decodes
 * headers, charsets and transfer encodings with our own forgiving code. Never throws for
 * any input: what cannot be read is reported by {@link UnreadableMailException} only when
 * there is nothing to store at all (no sender), and every other problem is worked around
 * and listed in {@link ParsedMail#problems()}.
 */
public final class MailParser {

	private static final Pattern ID = Pattern.compile("<([^<>\\s]{1,900})>");

	/**
	 * The most of one header value read: RFC 5322 lines have at most 998 characters, and
	 * nothing Meridian reads from a header (a sender, a subject, ids) needs more than
	 * this, so no header can make the decoding below work on megabytes.
	 */
	static final int MAX_HEADER_CHARS = 64 * 1024;

	/**
	 * The most of an HTML body read for its text: the text kept is shorter still (a
	 * message holds 200,000 characters), and the HTML parser's memory grows with its
	 * input.
	 */
	static final int MAX_HTML_CHARS = 2 * 1024 * 1024;

	/**
	 * The largest header block read: real mail has a few kilobytes of headers (a long
	 * trace tens); a larger block is a mail built to be slow to read.
	 */
	static final int MAX_HEADER_BLOCK = 1024 * 1024;

	private static final Session SESSION = Session.getInstance(lenient());

	private final MailLimits limits;

	public MailParser(MailLimits limits) {
		this.limits = limits;
	}

	private static Properties lenient() {
		Properties properties = new Properties();
		properties.setProperty("mail.mime.address.strict", "false");
		properties.setProperty("mail.mime.parameters.strict", "false");
		properties.setProperty("mail.mime.decodeparameters", "true");
		properties.setProperty("mail.mime.decodefilename", "false");
		properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
		properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
		properties.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
		properties.setProperty("mail.mime.multipart.allowempty", "true");
		properties.setProperty("mail.mime.ignoreunknownencoding", "true");
		properties.setProperty("mail.mime.base64.ignoreerrors", "true");
		properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
		properties.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
		properties.setProperty("mail.mime.contenttypehandler", "");
		return properties;
	}

	/**
	 * The mail as Meridian reads it.
	 * @throws UnreadableMailException when no sender address can be found, or the input
	 * is not a mail at all
	 */
	public ParsedMail parse(byte[] raw) {
		return parse(raw, ParseDeadline.none());
	}

	/**
	 * The mail as Meridian reads it, within a deadline.
	 * @throws ParseBudgetExceededException when the deadline passes first
	 * @throws UnreadableMailException when no sender address can be found, or the input
	 * is not a mail at all
	 */
	public ParsedMail parse(byte[] raw, ParseDeadline deadline) {
		if (raw.length == 0) {
			throw new UnreadableMailException("empty", "The message is empty");
		}
		if (raw.length > MAX_HEADER_BLOCK && !hasHeaderEnd(raw, MAX_HEADER_BLOCK)) {
			throw new UnreadableMailException("unparseable",
					"The header block is larger than " + MAX_HEADER_BLOCK + " bytes");
		}
		MimeMessage message;
		try {
			message = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
		}
		catch (MessagingException | RuntimeException ex) {
			throw new UnreadableMailException("unparseable", "The headers cannot be read: " + describe(ex));
		}
		List<String> problems = new ArrayList<>();
		Mailbox from = firstMailbox(message, "From", problems);
		if (from == null) {
			from = firstMailbox(message, "Sender", problems);
		}
		if (from == null) {
			from = firstMailbox(message, "Reply-To", problems);
		}
		if (from == null) {
			from = firstMailbox(message, "Return-Path", problems);
		}
		if (from == null) {
			throw new UnreadableMailException("no-sender", "The message has no sender address (From)");
		}
		deadline.check();
		PartWalker walker = new PartWalker(this.limits, problems, deadline);
		walker.walk(message, 0);
		String subject = EncodedWords.decode(header(message, "Subject")).strip();
		String fullText = walker.text();
		String html = walker.html();
		String text;
		if (fullText.isBlank() && html != null) {
			String read = html;
			if (read.length() > MAX_HTML_CHARS) {
				problems.add("the HTML body has " + html.length() + " characters: the text was read from the first "
						+ MAX_HTML_CHARS);
				read = read.substring(0, MAX_HTML_CHARS);
			}
			HtmlText htmlText = HtmlText.of(read, deadline);
			fullText = htmlText.full();
			deadline.check();
			text = QuotedHistory.strip(htmlText.withoutQuotedHistory(), deadline);
		}
		else {
			text = QuotedHistory.strip(fullText, deadline);
		}
		deadline.check();
		MailSignals signals = MailSignals.of(message, from, subject);
		DeliveryReport bounce = signals.kind() == MailKind.BOUNCE
				? DeliveryReports.read(walker, fullText, from, message) : null;
		return new ParsedMail(firstId(header(message, "Message-ID")), ids(header(message, "In-Reply-To")),
				ids(header(message, "References")), from, subject, date(message), text, fullText, html,
				walker.attachments(), walker.skipped(), walker.invites(), signals.kind(), signals.reason(), bounce,
				problems);
	}

	/**
	 * The decoded value of the first header of this name in a raw mail, read line by line
	 * without any MIME parsing: for showing what a mail that cannot be parsed is about.
	 */
	public static @Nullable String rawHeader(byte[] raw, String name) {
		String head = new String(raw, 0, Math.min(raw.length, 64 * 1024), StandardCharsets.ISO_8859_1);
		int end = head.indexOf("\r\n\r\n");
		head = end < 0 ? head : head.substring(0, end);
		// Line by line rather than with a pattern: a header folded over thousands of
		// lines
		// made the pattern's repeated group overflow the stack.
		int line = 0;
		while (line < head.length()) {
			int lineEnd = lineEnd(head, line);
			if (head.regionMatches(true, line, name, 0, name.length())) {
				int colon = line + name.length();
				while (colon < lineEnd && (head.charAt(colon) == ' ' || head.charAt(colon) == '\t')) {
					colon++;
				}
				if (colon < lineEnd && head.charAt(colon) == ':') {
					int valueEnd = lineEnd;
					int next = nextLine(head, lineEnd);
					while (next < head.length() && (head.charAt(next) == ' ' || head.charAt(next) == '\t')) {
						valueEnd = lineEnd(head, next);
						next = nextLine(head, valueEnd);
					}
					String value = head.substring(colon + 1, Math.min(valueEnd, colon + 1 + MAX_HEADER_CHARS));
					return EncodedWords.decode(value).strip();
				}
			}
			line = nextLine(head, lineEnd);
		}
		return null;
	}

	/**
	 * Whether an empty line (the end of the header block) comes within the first bytes.
	 */
	private static boolean hasHeaderEnd(byte[] raw, int within) {
		int end = Math.min(raw.length - 1, within);
		for (int i = 0; i < end; i++) {
			if (raw[i] == '\n'
					&& (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n')) {
				return true;
			}
		}
		return false;
	}

	/** Where the line starting at {@code from} ends (at its CR LF or LF, or the end). */
	private static int lineEnd(String text, int from) {
		int newline = text.indexOf('\n', from);
		int end = newline < 0 ? text.length() : newline;
		return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
	}

	private static int nextLine(String text, int lineEnd) {
		int newline = text.indexOf('\n', lineEnd);
		return newline < 0 ? text.length() : newline + 1;
	}

	static @Nullable String header(jakarta.mail.@Nullable Part part, String name) {
		if (part == null) {
			return null;
		}
		try {
			String[] values = part.getHeader(name);
			return values == null || values.length == 0 ? null : clipped(values[0]);
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Mailbox firstMailbox(MimeMessage message, String name, List<String> problems) {
		try {
			String[] values = message.getHeader(name);
			if (values == null) {
				return null;
			}
			if (values.length > 1 && name.equals("From")) {
				problems.add("several From headers: the first with an address was used");
			}
			for (String value : values) {
				Mailbox mailbox = Mailbox.parseFirst(clipped(value));
				if (mailbox != null) {
					return mailbox;
				}
			}
			return null;
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	private static String clipped(String value) {
		return value.length() <= MAX_HEADER_CHARS ? value : value.substring(0, MAX_HEADER_CHARS);
	}

	static @Nullable String firstId(@Nullable String value) {
		List<String> ids = ids(value);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		String bare = value == null ? "" : value.strip();
		return bare.isEmpty() || bare.length() > 900 || bare.contains(" ") ? null : bare;
	}

	static List<String> ids(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(value);
		while (matcher.find() && ids.size() < 100) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static @Nullable Instant date(MimeMessage message) {
		String value = header(message, "Date");
		if (value == null) {
			return null;
		}
		try {
			return new MailDateFormat().parse(value.strip()).toInstant();
		}
		catch (java.text.ParseException | RuntimeException ex) {
			return null;
		}
	}

	static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	static String ascii(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
