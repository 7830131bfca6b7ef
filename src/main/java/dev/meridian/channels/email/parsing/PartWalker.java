package dev.meridian.channels.email.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.SharedByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Walks a mail's MIME tree, any depth (within the limits), and collects the body (text
 * and HTML), attachments, inline images, forwarded mails, calendar invitations and the
 * parts of a delivery report.
 */
final class PartWalker {

	/** The most lines of one uuencoded file read (45 bytes a line: about 4.5 MB). */
	private static final int MAX_UUENCODED_LINES = 100_000;

	private final MailLimits limits;

	private final List<String> problems;

	private final StringBuilder text = new StringBuilder();

	private @Nullable String html;

	private final List<ParsedMail.MailAttachment> attachments = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	private final List<ParsedMail.CalendarInvite> invites = new ArrayList<>();

	private @Nullable String deliveryStatus;

	private @Nullable String returnedHeaders;

	private final ParseDeadline deadline;

	private int parts;

	PartWalker(MailLimits limits, List<String> problems, ParseDeadline deadline) {
		this.limits = limits;
		this.problems = problems;
		this.deadline = deadline;
	}

	void walk(Part part, int depth) {
		this.deadline.check();
		if (++this.parts > this.limits.maxParts()) {
			if (this.parts == this.limits.maxParts() + 1) {
				this.problems.add("more than " + this.limits.maxParts() + " parts: the rest was not read");
			}
			return;
		}
		ContentType type = contentType(part);
		String primary = type.getPrimaryType().toLowerCase(Locale.ROOT);
		String sub = type.getSubType().toLowerCase(Locale.ROOT);
		if (primary.equals("multipart")) {
			if (depth >= this.limits.maxDepth()) {
				this.problems.add("nested deeper than " + this.limits.maxDepth() + " levels: the rest was not read");
				return;
			}
			walkMultipart(part, sub, depth);
			return;
		}
		boolean attachment = isAttachment(part, primary);
		byte[] content = content(part);
		String mediaType = primary + "/" + sub;
		if (mediaType.equals("message/rfc822") || mediaType.equals("message/global")) {
			String subject = MailParser.header(parsedOrNull(content), "Subject");
			String name = fileName(part);
			keep(name != null ? name : safeName(EncodedWords.decode(subject), "forwarded-message") + ".eml",
					"message/rfc822", content, null);
			if (this.returnedHeaders == null) {
				this.returnedHeaders = headerBlock(content);
			}
			return;
		}
		if (mediaType.equals("message/delivery-status") || mediaType.equals("message/global-delivery-status")) {
			this.deliveryStatus = MailCharsets.decode(content, "utf-8");
			return;
		}
		if (mediaType.equals("text/rfc822-headers") || mediaType.equals("message/global-headers")) {
			this.returnedHeaders = MailCharsets.decode(content, "utf-8");
			return;
		}
		if (mediaType.equals("text/calendar")) {
			String calendar = MailCharsets.decode(content, type.getParameter("charset"));
			this.invites.add(CalendarInvites.read(calendar, type.getParameter("method")));
			keep(fileNameOr(part, "invite.ics"), "text/calendar", content, null);
			return;
		}
		if (!attachment && mediaType.equals("text/html")) {
			String decoded = MailCharsets.decode(content, type.getParameter("charset"));
			this.html = this.html == null ? decoded : this.html + decoded;
			return;
		}
		if (!attachment && (mediaType.equals("text/plain") || primary.equals("text") && fileName(part) == null
				&& !mediaType.equals("text/x-vcard") && !mediaType.equals("text/vcard"))) {
			String decoded = MailCharsets.decode(content, type.getParameter("charset"));
			if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
				decoded = FlowedText.unflow(decoded, "yes".equalsIgnoreCase(type.getParameter("delsp")));
			}
			appendText(withoutUuencoded(decoded));
			return;
		}
		keep(fileNameOr(part, defaultName(mediaType)), mediaType, content, contentId(part));
	}

	private void walkMultipart(Part part, String sub, int depth) {
		MimeMultipart multipart;
		try {
			multipart = new MimeMultipart(new SharedSource(rawMultipart(part), part.getContentType()));
			int count = multipart.getCount();
			if (sub.equals("alternative")) {
				walkAlternative(multipart, count, depth);
				return;
			}
			for (int i = 0; i < count; i++) {
				walk(multipart.getBodyPart(i), depth + 1);
			}
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			this.problems.add("a multipart could not be read (" + MailParser.describe(ex) + "): kept as text");
			appendText(MailCharsets.decode(rawOrEmpty(part), null));
		}
	}

	/**
	 * A multipart's bytes as a shared stream: its parts are then views of the one buffer
	 * rather than copies, so a deeply nested mail is not copied once per level.
	 */
	private record SharedSource(byte[] bytes, String contentType) implements DataSource {

		@Override
		public InputStream getInputStream() {
			return new SharedByteArrayInputStream(this.bytes);
		}

		@Override
		public OutputStream getOutputStream() throws IOException {
			throw new IOException("read only");
		}

		@Override
		public String getContentType() {
			return this.contentType;
		}

		@Override
		public String getName() {
			return "multipart";
		}

	}

	/**
	 * Alternatives: the last text/plain and the last text/html are the body; other
	 * alternatives (a nested related part with the HTML) are walked as usual.
	 */
	private void walkAlternative(MimeMultipart multipart, int count, int depth) throws MessagingException {
		for (int i = 0; i < count; i++) {
			Part part = multipart.getBodyPart(i);
			String type = contentType(part).getBaseType().toLowerCase(Locale.ROOT);
			if (type.equals("text/plain") && this.text.length() > 0 && alternativeHasLaterPlain(multipart, i)) {
				continue;
			}
			walk(part, depth + 1);
		}
	}

	private boolean alternativeHasLaterPlain(MimeMultipart multipart, int index) throws MessagingException {
		for (int i = index + 1; i < multipart.getCount(); i++) {
			if (contentType(multipart.getBodyPart(i)).getBaseType().equalsIgnoreCase("text/plain")) {
				return true;
			}
		}
		return false;
	}

	private byte[] rawMultipart(Part part) throws MessagingException, IOException {
		if (part instanceof MimeMessage message) {
			return message.getRawInputStream().readAllBytes();
		}
		if (part instanceof MimeBodyPart body) {
			return TransferEncodings.decode(body.getRawInputStream().readAllBytes(), encoding(body), this.problems);
		}
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private void appendText(String value) {
		if (value.isBlank()) {
			return;
		}
		if (this.text.length() > 0) {
			this.text.append("\n\n");
		}
		this.text.append(value.replace("\r\n", "\n").strip());
	}

	/**
	 * Uuencoded files inside a text body ("begin 644 name" ... "end" lines) become
	 * attachments. Read line by line: the pattern used before overflowed the stack on
	 * long files and went through the rest of the text again for every "begin" line.
	 */
	private String withoutUuencoded(String value) {
		if (!value.contains("begin ")) {
			return value;
		}
		String[] lines = value.split("\r?\n", -1);
		StringBuilder out = new StringBuilder(value.length());
		boolean endMissing = false;
		int i = 0;
		while (i < lines.length) {
			String name = endMissing ? null : uuencodedName(lines[i]);
			int end = name == null ? -1 : uuencodedEnd(lines, i + 1);
			if (name == null || end < 0) {
				// Without an "end" line after this "begin", none after a later one
				// either.
				endMissing |= name != null;
				out.append(lines[i]);
				if (i + 1 < lines.length) {
					out.append('\n');
				}
				i++;
				continue;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			for (int line = i + 1; line < end; line++) {
				TransferEncodings.uudecodeLine(lines[line], bytes);
			}
			keep(name, mediaTypeOf(name), bytes.toByteArray(), null);
			i = end + 1;
		}
		return out.toString();
	}

	/** The file name of a "begin 644 name" line, or null when it is not one. */
	private static @Nullable String uuencodedName(String line) {
		if (!line.startsWith("begin ")) {
			return null;
		}
		int digits = 6;
		while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '7') {
			digits++;
		}
		int count = digits - 6;
		if (count < 3 || count > 4 || digits + 1 >= line.length() || line.charAt(digits) != ' ') {
			return null;
		}
		String name = line.substring(digits + 1).strip();
		return name.isEmpty() ? null : name;
	}

	/** The index of the "end" line closing a file whose lines start at {@code from}. */
	private static int uuencodedEnd(String[] lines, int from) {
		for (int i = from; i < lines.length && i - from <= MAX_UUENCODED_LINES; i++) {
			if (lines[i].startsWith("end") && lines[i].substring(3).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private void keep(String name, String mediaType, byte[] content, @Nullable String contentId) {
		if (content.length > this.limits.maxAttachmentSize()) {
			this.skipped.add(name + " (" + content.length + " bytes, over the limit of "
					+ this.limits.maxAttachmentSize() + " bytes; kept in the original)");
			return;
		}
		this.attachments.add(new ParsedMail.MailAttachment(name, mediaType, content, contentId));
	}

	private byte[] content(Part part) {
		try {
			if (part instanceof MimePart mime) {
				InputStream raw = part instanceof MimeMessage message ? message.getRawInputStream()
						: ((MimeBodyPart) mime).getRawInputStream();
				return TransferEncodings.decode(raw.readAllBytes(), encoding(mime), this.problems);
			}
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			this.problems.add("a part could not be read (" + MailParser.describe(ex) + ")");
			return new byte[0];
		}
	}

	private static byte[] rawOrEmpty(Part part) {
		try {
			if (part instanceof MimeMessage message) {
				return message.getRawInputStream().readAllBytes();
			}
			if (part instanceof MimeBodyPart body) {
				return body.getRawInputStream().readAllBytes();
			}
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			// Nothing more to read.
		}
		return new byte[0];
	}

	private static @Nullable String encoding(MimePart part) {
		try {
			return part.getEncoding();
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	static ContentType contentType(Part part) {
		try {
			String value = MailParser.header(part, "Content-Type");
			if (value != null) {
				ContentType type = new ContentType(value.replaceAll("\\r?\\n", " "));
				if (type.getPrimaryType() != null && type.getSubType() != null) {
					return type;
				}
			}
		}
		catch (Exception ex) {
			// A Content-Type that cannot be parsed is read as plain text.
		}
		return new ContentType("text", "plain", null);
	}

	private static boolean isAttachment(Part part, String primary) {
		try {
			String disposition = part.getDisposition();
			if (disposition != null && disposition.equalsIgnoreCase(Part.ATTACHMENT)) {
				return true;
			}
			return fileName(part) != null && !primary.equals("text");
		}
		catch (MessagingException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The file name: RFC 2231 decoded by Jakarta Mail, encoded words (not allowed there,
	 * but common) by us.
	 */
	static @Nullable String fileName(Part part) {
		String name = null;
		try {
			name = part.getFileName();
		}
		catch (MessagingException | RuntimeException ex) {
			// fall through to the Content-Type name
		}
		if (name == null) {
			try {
				name = contentType(part).getParameter("name");
			}
			catch (RuntimeException ex) {
				name = null;
			}
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		return safeName(EncodedWords.decode(name), "attachment");
	}

	private static String fileNameOr(Part part, String fallback) {
		String name = fileName(part);
		return name == null ? fallback : name;
	}

	private static @Nullable String contentId(Part part) {
		String value = MailParser.header(part, "Content-ID");
		if (value == null) {
			return null;
		}
		String id = value.strip();
		if (id.startsWith("<") && id.endsWith(">")) {
			id = id.substring(1, id.length() - 1);
		}
		return id.isEmpty() ? null : id;
	}

	static String safeName(String name, String fallback) {
		String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		if (cleaned.isEmpty()) {
			return fallback;
		}
		return cleaned.codePointCount(0, cleaned.length()) > 200
				? cleaned.substring(0, cleaned.offsetByCodePoints(0, 200)) : cleaned;
	}

	private static String defaultName(String mediaType) {
		int slash = mediaType.indexOf('/');
		String sub = slash < 0 ? "bin" : mediaType.substring(slash + 1).replaceAll("[^a-z0-9]", "");
		return (mediaType.startsWith("image/") ? "image." : "attachment.") + (sub.isEmpty() ? "bin" : sub);
	}

	private static String mediaTypeOf(String name) {
		String guessed = java.net.URLConnection.guessContentTypeFromName(name);
		return guessed == null ? "application/octet-stream" : guessed;
	}

	private static @Nullable MimeMessage parsedOrNull(byte[] content) {
		try {
			return new MimeMessage(null, new java.io.ByteArrayInputStream(content));
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	private static String headerBlock(byte[] content) {
		String value = new String(content, StandardCharsets.ISO_8859_1);
		int end = value.indexOf("\r\n\r\n");
		if (end < 0) {
			end = value.indexOf("\n\n");
		}
		return end < 0 ? value : value.substring(0, end);
	}

	String text() {
		return this.text.toString();
	}

	@Nullable String html() {
		return this.html;
	}

	List<ParsedMail.MailAttachment> attachments() {
		return this.attachments;
	}

	List<String> skipped() {
		return this.skipped;
	}

	List<ParsedMail.CalendarInvite> invites() {
		return this.invites;
	}

	@Nullable String deliveryStatus() {
		return this.deliveryStatus;
	}

	@Nullable String returnedHeaders() {
		return this.returnedHeaders;
	}

}
