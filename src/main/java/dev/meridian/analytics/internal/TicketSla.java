package dev.meridian.analytics.internal;

import java.util.List;

import dev.meridian.sla.SlaTarget;
import org.jspecify.annotations.Nullable;

/**
 * What the SLA module's clocks say of a ticket, as far as its rollups care: the policy
 * that set targets (null: none), the calendar its time is counted on, whether that
 * calendar is never open, and the targets missed so far ({@link SlaTarget} names, as
 * {@code sla_clocks.breaches} stores them). Read with the ticket's analytics row
 * ({@link TicketFacts#lock}), not asked of the SLA module apart: one round trip per event
 * instead of two.
 */
record TicketSla(@Nullable String policy, @Nullable String calendar, boolean neverOpen, List<String> breaches) {

	/** A ticket whose clocks have not started (or never will). */
	static final TicketSla NONE = new TicketSla(null, null, false, List.of());

	/**
	 * Whether a policy set targets on a calendar with open time: only then they count.
	 */
	boolean hasTargets() {
		return this.policy != null && !this.neverOpen;
	}

	boolean missed(SlaTarget target) {
		return this.breaches.contains(target.name());
	}

}
