package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An admin's word on a holiday of the data, usually an estimated one: it falls on
 * {@code date} (the same as {@code listedDate} when confirmed, another day of the same
 * year when moved). It applies to every calendar that closes on the region's holidays.
 *
 * @param region the region as the calendar names it; a country's decision also applies to
 * its subdivisions
 * @param listedDate the date the holiday data gives, which identifies the holiday
 * @param decidedBy who decided, as signed in
 */
public record HolidayDecision(HolidayRegion region, LocalDate listedDate, LocalDate date, Instant decidedAt,
		@Nullable String decidedBy) {

	public HolidayDecision {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(listedDate, "listedDate");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(decidedAt, "decidedAt");
	}

	/**
	 * True when the holiday was moved off the listed date, false when confirmed on it.
	 */
	public boolean moved() {
		return !this.date.equals(this.listedDate);
	}

}
