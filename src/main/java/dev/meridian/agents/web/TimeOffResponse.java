package dev.meridian.agents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.meridian.agents.TimeOff;
import org.jspecify.annotations.Nullable;

/**
 * One entry of time off as the API returns it.
 */
record TimeOffResponse(UUID id, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable Instant startsAt,
		@Nullable Instant endsAt, @Nullable String note, Instant createdAt) {

	static TimeOffResponse of(TimeOff timeOff) {
		return new TimeOffResponse(timeOff.id().value(), timeOff.firstDay().orElse(null),
				timeOff.lastDay().orElse(null), timeOff.startsAt().orElse(null), timeOff.endsAt().orElse(null),
				timeOff.note().orElse(null), timeOff.createdAt());
	}

}
