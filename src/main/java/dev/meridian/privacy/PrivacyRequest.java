package dev.meridian.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer's own request to export or erase their data, confirmed from their address,
 * that admins work on until it is done or rejected.
 *
 * @param id the request's id
 * @param kind {@code export} or {@code erasure}
 * @param email the confirmed address it came from
 * @param customerId the customer the address belonged to when confirmed, if any
 * @param market the market whose law sets the due date, if known
 * @param language the language the customer wrote in (BCP 47)
 * @param source where it was made, e.g. {@code help-center}
 * @param status {@code open}, {@code done} or {@code rejected}
 * @param createdAt when the address was confirmed (the clock starts then)
 * @param dueAt when the answer is due
 * @param closedAt when it was closed, if it was
 * @param closedBy who closed it
 * @param note what the admin noted on closing (a reason to reject)
 */
public record PrivacyRequest(UUID id, String kind, String email, @Nullable UUID customerId, @Nullable String market,
		String language, String source, String status, Instant createdAt, Instant dueAt, @Nullable Instant closedAt,
		@Nullable String closedBy, @Nullable String note) {

	/** Whether it is open. */
	public boolean open() {
		return "open".equals(this.status);
	}

	/**
	 * Where an open request stands against its due date at {@code now}: past it, due
	 * within {@code warning}, or later; closed requests are due no more.
	 */
	public Due due(Instant now, Duration warning) {
		if (!open()) {
			return Due.CLOSED;
		}
		if (!this.dueAt.isAfter(now)) {
			return Due.OVERDUE;
		}
		return this.dueAt.isAfter(now.plus(warning)) ? Due.LATER : Due.SOON;
	}

	/** Where a request stands against its due date. */
	public enum Due {

		/** Open past its due date. */
		OVERDUE,
		/** Open and due within the warning period. */
		SOON,
		/** Open and due later. */
		LATER,
		/** Done or rejected. */
		CLOSED

	}

	/** What a customer may ask for. */
	public enum Kind {

		EXPORT, ERASURE;

		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
