package dev.meridian.tickets;

import java.time.Instant;

/**
 * The order of a ticket list.
 */
public enum TicketSort {

	/** Most recent activity first. */
	UPDATED,
	/**
	 * Earliest running SLA due time first (the earliest of first reply, next reply and
	 * resolution, kept by the SLA module); tickets without one come last, by id.
	 */
	DUE;

	/**
	 * Where tickets without a due time sort, and what their cursor holds: later than any
	 * real due time, within the years a cursor may carry. The SLA module's
	 * {@code sla_clocks.due_order} holds the same instant for a ticket without one.
	 */
	public static final Instant NO_DUE_TIME = Instant.parse("9999-12-31T00:00:00Z");

}
