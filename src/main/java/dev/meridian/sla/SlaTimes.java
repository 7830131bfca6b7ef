package dev.meridian.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The service-level clocks of a ticket: its due times, the policy and calendar that set
 * them and the pause while the customer is awaited. Kept in the SLA module's own table
 * ({@code sla_clocks}), never on the ticket's row.
 *
 * @param firstReplyDueAt when the first public reply is due, null when met or none
 * @param nextReplyDueAt when the reply to the customer's latest message is due
 * @param resolutionDueAt when the ticket must be solved
 * @param policy the name of the policy that set them, null when none applied
 * @param calendar which calendar counts the time, e.g. {@code team:<id>},
 * {@code market:DE} or {@code utc}
 * @param neverOpen true when that calendar has no open time, so no due time could be set
 * @param warningLeadMinutes how long before a due time a warning goes out, 0 for none
 * @param pausedAt since when the clocks stand still (waiting for the customer)
 * @param pausedMinutes business minutes the clocks stood still so far
 */
public record SlaTimes(@Nullable Instant firstReplyDueAt, @Nullable Instant nextReplyDueAt,
		@Nullable Instant resolutionDueAt, @Nullable String policy, @Nullable String calendar, boolean neverOpen,
		int warningLeadMinutes, @Nullable Instant pausedAt, long pausedMinutes) {

	/** No policy, no clocks. */
	public static final SlaTimes NONE = new SlaTimes(null, null, null, null, null, false, 0, null, 0);

	public @Nullable Instant dueAt(SlaTarget target) {
		return switch (target) {
			case FIRST_REPLY -> this.firstReplyDueAt;
			case NEXT_REPLY -> this.nextReplyDueAt;
			case RESOLUTION -> this.resolutionDueAt;
		};
	}

	public SlaTimes withDue(SlaTarget target, @Nullable Instant due) {
		return new SlaTimes(target == SlaTarget.FIRST_REPLY ? due : this.firstReplyDueAt,
				target == SlaTarget.NEXT_REPLY ? due : this.nextReplyDueAt,
				target == SlaTarget.RESOLUTION ? due : this.resolutionDueAt, this.policy, this.calendar, this.neverOpen,
				this.warningLeadMinutes, this.pausedAt, this.pausedMinutes);
	}

	public SlaTimes pausedSince(@Nullable Instant at, long totalPausedMinutes) {
		return new SlaTimes(this.firstReplyDueAt, this.nextReplyDueAt, this.resolutionDueAt, this.policy, this.calendar,
				this.neverOpen, this.warningLeadMinutes, at, totalPausedMinutes);
	}

	/** The earliest due time still running, if any: what an inbox sorts by. */
	public @Nullable Instant earliestDue() {
		return Stream.of(this.firstReplyDueAt, this.nextReplyDueAt, this.resolutionDueAt)
			.filter(Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
	}

	public boolean isPaused() {
		return this.pausedAt != null;
	}

}
