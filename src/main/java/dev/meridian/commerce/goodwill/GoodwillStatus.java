package dev.meridian.commerce.goodwill;

/**
 * Where a goodwill grant stands.
 */
public enum GoodwillStatus {

	/** Given: within the asker's authority, or approved by a supervisor. */
	GRANTED("granted"),
	/** Above the asker's authority: waiting for a supervisor. */
	PENDING_APPROVAL("pending-approval"),
	/** A supervisor refused it. */
	REJECTED("rejected");

	private final String value;

	GoodwillStatus(String value) {
		this.value = value;
	}

	/** As the API writes it. */
	public String value() {
		return this.value;
	}

}
