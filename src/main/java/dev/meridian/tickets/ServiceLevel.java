package dev.meridian.tickets;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a ticket's service-level clocks show, as the module that runs them reports it
 * ({@link ServiceLevels}): due times still running (null when met or none), the targets
 * missed and warned about ({@code first_reply}, {@code next_reply}, {@code resolution}),
 * the policy and calendar that set them, the pause, and the first-reply time promised to
 * the customer.
 *
 * @param neverOpen the calendar has no open time, so no due time could be set
 */
public record ServiceLevel(@Nullable Instant firstReplyDueAt, @Nullable Instant nextReplyDueAt,
		@Nullable Instant resolutionDueAt, List<String> breached, List<String> warned, @Nullable String policy,
		@Nullable String calendar, @Nullable Instant pausedSince, boolean neverOpen,
		@Nullable Instant promisedReplyAt) {

	/** No clocks and no promise (yet). */
	public static final ServiceLevel NONE = new ServiceLevel(null, null, null, List.of(), List.of(), null, null, null,
			false, null);

}
