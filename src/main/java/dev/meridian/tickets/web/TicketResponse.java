package dev.meridian.tickets.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.tickets.ServiceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as the API returns it, with the customer, assignee and team it refers to.
 */
record TicketResponse(UUID id, long number, String subject, String status, String priority, String channel,
		String language, @Nullable String market, List<String> tags, CustomerSummary customer,
		@Nullable Reference assignee, @Nullable String assignmentReason, @Nullable Reference team, Instant createdAt,
		Instant updatedAt, @Nullable Instant firstResponseAt, @Nullable Instant solvedAt, Sla sla,
		@Nullable Instant promisedReplyAt) {

	/** The ticket's customer, enough to address them. */
	record CustomerSummary(UUID id, String name, @Nullable String email, String language, @Nullable String timeZone,
			@Nullable String market) {
	}

	/**
	 * The ticket's service-level clocks: due times still running (null when met or none),
	 * the targets missed, the policy that set them and the calendar they are counted on
	 * ({@code team:<id>}, {@code market:<code>} or {@code utc}).
	 *
	 * @param warned the targets a warning went out for (their due time was near)
	 * @param pausedSince since when the clocks stand still while the customer is awaited
	 * @param neverOpen the calendar has no open time, so no due time could be set
	 */
	record Sla(@Nullable Instant firstReplyDueAt, @Nullable Instant nextReplyDueAt, @Nullable Instant resolutionDueAt,
			List<String> breached, List<String> warned, @Nullable String policy, @Nullable String calendar,
			@Nullable Instant pausedSince, boolean neverOpen) {

		static Sla of(ServiceLevel level) {
			return new Sla(level.firstReplyDueAt(), level.nextReplyDueAt(), level.resolutionDueAt(), level.breached(),
					level.warned(), level.policy(), level.calendar(), level.pausedSince(), level.neverOpen());
		}

		/** Whether a target is missed, for screens: {@code first_reply}, ... */
		public boolean missed(String target) {
			return this.breached.contains(target);
		}

		/** The due time of a target by its name, for screens. */
		public @Nullable Instant dueAt(String target) {
			return switch (target) {
				case "first_reply" -> this.firstReplyDueAt;
				case "next_reply" -> this.nextReplyDueAt;
				case "resolution" -> this.resolutionDueAt;
				default -> null;
			};
		}

		/** The earliest running due time, what the inbox sorts by. */
		public @Nullable Instant earliest() {
			return java.util.stream.Stream.of(this.firstReplyDueAt, this.nextReplyDueAt, this.resolutionDueAt)
				.filter(java.util.Objects::nonNull)
				.min(Instant::compareTo)
				.orElse(null);
		}

	}

	/** Another resource by id and name. */
	record Reference(UUID id, String name) {
	}

}
