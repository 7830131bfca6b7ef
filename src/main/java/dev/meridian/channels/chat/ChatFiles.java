package dev.meridian.channels.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.meridian.NotFoundException;
import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.AttachmentSettings;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in a chat, both ways. A visitor's file becomes a customer message of the chat's
 * ticket with the file attached, kept by the tickets module's attachment store under its
 * limits; only images, PDFs and plain text are taken, and only when the bytes are what
 * the name claims (a browser names the type from the file's extension). Agents' files
 * reach the visitor as downloads that need the visitor's token: never a file of an
 * internal note, never one of another ticket.
 */
@Service
public class ChatFiles {

	/** What a visitor may send; SVG is left out on purpose (it may carry script). */
	static final List<String> ACCEPTED = List.of("image/png", "image/jpeg", "image/gif", "image/webp",
			"application/pdf", "text/plain");

	private final ChatManagement chats;

	private final TicketManagement tickets;

	private final AttachmentSettings limits;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ChatFiles(ChatManagement chats, TicketManagement tickets, AttachmentSettings limits,
			TransactionTemplate transaction, Clock clock) {
		this.chats = chats;
		this.tickets = tickets;
		this.limits = limits;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The largest file a visitor may send, in bytes. */
	public long maxBytes() {
		return this.limits.maxSize().toBytes();
	}

	/**
	 * Adds the visitor's file to the chat's ticket as a message of theirs.
	 * @return the message and its file, as the visitor reads it
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 * @throws ChatFileRefusedException too large, or not a kind the chat takes
	 * @throws ChatFloodException when the conversation sent too many messages lately
	 */
	public ChatMessage send(UUID conversation, @Nullable String token, String fileName, @Nullable String contentType,
			byte[] content) {
		Instant now = this.clock.instant();
		ChatConversation found = this.chats.authenticated(conversation, token, now);
		if (content.length > maxBytes()) {
			throw new ChatFileRefusedException(ChatFileRefusedException.Reason.TOO_LARGE,
					"A file may have at most " + maxBytes() + " bytes", maxBytes());
		}
		String type = acceptedType(contentType, content);
		this.chats.requireWithinRate(conversation, now);
		String name = fileName.isBlank() ? "file" : fileName;
		Message message = this.transaction
			.execute(status -> this.tickets.addMessage(found.ticket(), Author.customer(found.customer()),
					// The file's name is the message's text, in the visitor's language:
					// no
					// detection runs on a file name.
					new MessageDraft("📎 " + baseName(name), null, found.locale(), null, Visibility.PUBLIC, null,
							List.of(new MessageDraft.NewAttachment(name, type, content)))));
		if (message == null) {
			throw new IllegalStateException("The file was not stored");
		}
		return this.chats.forVisitor(found.ticket(), message.id())
			.orElseThrow(() -> new IllegalStateException("The visitor's own message is not theirs to read"));
	}

	/**
	 * A file of one of the conversation's public messages, for its visitor.
	 * @throws VisitorNotRecognizedException without the conversation's valid token
	 * @throws NotFoundException when the conversation has no such file for the visitor
	 */
	public Download download(UUID conversation, @Nullable String token, UUID attachmentId) throws IOException {
		ChatVisitor visitor = this.chats.visitor(conversation, token);
		Attachment attachment = this.tickets.attachment(visitor.ticket(), attachmentId);
		Message message = this.tickets.findMessage(attachment.message())
			.filter(m -> m.visibility() == Visibility.PUBLIC)
			// An internal note's file is the agents' business: it does not exist here.
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		return new Download(attachment.name(), attachment.size(), this.tickets.content(attachment),
				message.id().value());
	}

	/**
	 * A file to download.
	 *
	 * @param message the message it came with
	 */
	public record Download(String name, long size, InputStream content, UUID message) {
	}

	/** The declared type, when it is one the chat takes and the bytes agree with it. */
	static String acceptedType(@Nullable String declared, byte[] content) {
		String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		if (!ACCEPTED.contains(type) || !looksLike(type, content)) {
			throw new ChatFileRefusedException(ChatFileRefusedException.Reason.UNSUPPORTED_TYPE,
					"The chat takes images (PNG, JPEG, GIF, WebP), PDF and plain text; not '"
							+ (type.isEmpty() ? "unknown" : type) + "'",
					0);
		}
		return type.equals("text/plain") ? "text/plain; charset=UTF-8" : type;
	}

	private static final Map<String, List<byte[]>> SIGNATURES = Map.of("image/png",
			List.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }), "image/jpeg",
			List.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }), "image/gif",
			List.of("GIF87a".getBytes(StandardCharsets.US_ASCII), "GIF89a".getBytes(StandardCharsets.US_ASCII)),
			"application/pdf", List.of("%PDF-".getBytes(StandardCharsets.US_ASCII)));

	private static boolean looksLike(String type, byte[] content) {
		if (type.equals("text/plain")) {
			// Text has no NUL bytes and decodes as UTF-8.
			for (byte b : content) {
				if (b == 0) {
					return false;
				}
			}
			try {
				StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
				return true;
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				return false;
			}
		}
		if (type.equals("image/webp")) {
			return content.length >= 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII), 0)
					&& startsWith(content, "WEBP".getBytes(StandardCharsets.US_ASCII), 8);
		}
		return SIGNATURES.get(type).stream().anyMatch(signature -> startsWith(content, signature, 0));
	}

	private static boolean startsWith(byte[] content, byte[] prefix, int at) {
		return content.length >= at + prefix.length
				&& Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
	}

	private static String baseName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

}
