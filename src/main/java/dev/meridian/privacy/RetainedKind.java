package dev.meridian.privacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * What retention rules remove or anonymize once it is older than its period, each with
 * the name it has in the API and in run reports.
 */
public enum RetainedKind {

	/**
	 * Solved and closed tickets, from when they were solved: anonymized, figures kept.
	 */
	SOLVED_TICKETS("solvedTickets", true),
	/** Files attached to solved and closed tickets, from when they were received. */
	ATTACHMENTS("attachments", true),
	/** The raw source of every stored mail, from when it was received. */
	MAIL_SOURCES("mailSources", true),
	/** Quarantined mail, from when it was received. */
	QUARANTINED_MAIL("quarantinedMail", true),
	/**
	 * What a chat keeps besides its ticket's messages (the page, a typed address,
	 * confirmations) and the transcripts mailed, from when the chat was last active.
	 */
	CHAT_TRANSCRIPTS("chatTranscripts", true),
	/** The audit log, from each entry's time; one period for all markets. */
	AUDIT_LOG("auditLog", false);

	private final String key;

	private final boolean perMarket;

	RetainedKind(String key, boolean perMarket) {
		this.key = key;
		this.perMarket = perMarket;
	}

	/** Its name in the API and reports, e.g. {@code solvedTickets}. */
	public String key() {
		return this.key;
	}

	/** Whether a market may have its own period (the audit log has no market). */
	public boolean perMarket() {
		return this.perMarket;
	}

	public static Optional<RetainedKind> ofKey(String key) {
		return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
	}

}
