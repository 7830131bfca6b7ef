package dev.meridian.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Open hours on one date that replace that date's weekly hours, also on a holiday or a
 * closure (a Saturday sale, a holiday shift). It ends the same day; {@code end} 00:00
 * means midnight.
 */
public record OneOffOpening(LocalDate date, LocalTime start, LocalTime end) {

	public OneOffOpening {
		Objects.requireNonNull(date, "date");
		OpenInterval asInterval = new OpenInterval(date.getDayOfWeek(), start, end);
		if (asInterval.crossesMidnight() || asInterval.minutes() == OpenInterval.MINUTES_PER_DAY) {
			throw new IllegalArgumentException("A one-off opening ends on its own date");
		}
	}

	OpenInterval asInterval() {
		return new OpenInterval(this.date.getDayOfWeek(), this.start, this.end);
	}

}
