package dev.meridian.channels.email.parsing;

/**
 * What sort of mail it is, for loop protection: only personal mail is ever answered
 * automatically.
 */
public enum MailKind {

	/** Written by a person. */
	PERSONAL,
	/** An automatic reply (out of office, vacation, auto-acknowledgement). */
	AUTO_REPLY,
	/** Bulk, list or otherwise machine-sent mail (RFC 3834 auto-generated). */
	BULK,
	/** A delivery failure report. */
	BOUNCE;

	public boolean isAutomatic() {
		return this != PERSONAL;
	}

}
