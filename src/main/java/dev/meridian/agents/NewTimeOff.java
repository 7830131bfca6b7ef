package dev.meridian.agents;

import java.time.Instant;
import java.time.LocalDate;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Time off as requested: either whole days {@code firstDay}–{@code lastDay} (inclusive,
 * in the agent's zone, so a day off in Manila is a Manila day) or an exact span
 * {@code startsAt}–{@code endsAt}.
 */
public record NewTimeOff(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable Instant startsAt,
		@Nullable Instant endsAt, @Nullable String note) {

	/** Longer absences are not time off but a change of the agent's status. */
	static final int MAX_DAYS = 400;

	public NewTimeOff {
		boolean days = firstDay != null || lastDay != null;
		boolean span = startsAt != null || endsAt != null;
		if (days == span) {
			throw new InvalidValueException("firstDay",
					"Time off is either whole days (firstDay, lastDay) or a span (startsAt, endsAt)");
		}
		if (days) {
			if (firstDay == null || lastDay == null) {
				throw new InvalidValueException(firstDay == null ? "firstDay" : "lastDay", "Both days are needed");
			}
			if (lastDay.isBefore(firstDay)) {
				throw new InvalidValueException("lastDay", "The last day is before the first");
			}
			if (firstDay.plusDays(MAX_DAYS).isBefore(lastDay)) {
				throw new InvalidValueException("lastDay", "Time off may last at most " + MAX_DAYS + " days");
			}
		}
		else {
			if (startsAt == null || endsAt == null) {
				throw new InvalidValueException(startsAt == null ? "startsAt" : "endsAt", "Both instants are needed");
			}
			if (!endsAt.isAfter(startsAt)) {
				throw new InvalidValueException("endsAt", "The end is not after the start");
			}
			if (startsAt.plus(java.time.Duration.ofDays(MAX_DAYS)).isBefore(endsAt)) {
				throw new InvalidValueException("endsAt", "Time off may last at most " + MAX_DAYS + " days");
			}
		}
		if (note != null && note.length() > 500) {
			throw new InvalidValueException("note", "A note may have at most 500 characters");
		}
	}

}
