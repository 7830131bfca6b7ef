package dev.meridian.channels.email.parsing;

/**
 * A mail that cannot become a ticket message at all (no sender, not a mail): it goes to
 * the quarantine with this reason.
 */
public class UnreadableMailException extends RuntimeException {

	private final String reason;

	public UnreadableMailException(String reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	/** A short, stable code (e.g. {@code no-sender}). */
	public String reason() {
		return this.reason;
	}

}
