package dev.meridian.channels.chat;

/**
 * A file a visitor sent is not taken: too large, or of a kind the chat does not accept.
 * Nothing of it is stored.
 */
public class ChatFileRefusedException extends RuntimeException {

	/** Why the file was refused. */
	public enum Reason {

		/** Larger than the attachments' limit ({@code meridian.attachments.max-size}). */
		TOO_LARGE,
		/** Not an image, a PDF or plain text, or its content is not what it claims. */
		UNSUPPORTED_TYPE

	}

	private final Reason reason;

	private final long maxBytes;

	ChatFileRefusedException(Reason reason, String detail, long maxBytes) {
		super(detail);
		this.reason = reason;
		this.maxBytes = maxBytes;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The attachments' size limit, for the visitor's note. */
	public long maxBytes() {
		return this.maxBytes;
	}

}
