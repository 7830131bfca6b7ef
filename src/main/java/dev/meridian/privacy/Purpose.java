package dev.meridian.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a customer may agree to or refuse: each kind of message they did not ask for.
 * Where nothing is recorded, {@link #allowedByDefault()} decides.
 */
public enum Purpose {

	/**
	 * CSAT and NPS surveys, and the "you told us, we changed this" notes that close the
	 * loop on feedback. Allowed unless refused (the old opt-out): a survey about a
	 * conversation the customer started is a legitimate interest, with a refusal
	 * honoured.
	 */
	SURVEYS("surveys", true),
	/**
	 * Proactive news about the customer's own orders and shipments (a delay, a failed
	 * delivery). Allowed unless refused, like the opt-out it replaces.
	 */
	PROACTIVE_NOTIFICATIONS("proactive-notifications", true),
	/** Offers and newsletters. Never without the customer's recorded agreement. */
	MARKETING("marketing", false);

	private final String value;

	private final boolean allowedByDefault;

	Purpose(String value, boolean allowedByDefault) {
		this.value = value;
		this.allowedByDefault = allowedByDefault;
	}

	/** The name in the API and the database, e.g. {@code proactive-notifications}. */
	public String value() {
		return this.value;
	}

	/** Whether messages for this purpose may be sent to a customer who never said. */
	public boolean allowedByDefault() {
		return this.allowedByDefault;
	}

	public static Optional<Purpose> of(String value) {
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(purpose -> purpose.value.equals(wanted)).findFirst();
	}

}
