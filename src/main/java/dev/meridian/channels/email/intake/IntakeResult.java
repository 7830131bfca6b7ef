package dev.meridian.channels.email.intake;

import java.util.UUID;

/**
 * What became of a received mail.
 */
public sealed interface IntakeResult {

	/**
	 * Stored as a ticket message (or found stored already, for a mail received twice).
	 */
	record Stored(UUID ticketId, UUID messageId, boolean duplicate) implements IntakeResult {
	}

	/** Held in the quarantine. */
	record Quarantined(UUID quarantineId, String reason) implements IntakeResult {
	}

}
