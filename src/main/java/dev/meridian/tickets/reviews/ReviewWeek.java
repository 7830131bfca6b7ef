package dev.meridian.tickets.reviews;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;

/**
 * An ISO 8601 week, written {@code 2026-W49}: Monday to Sunday, week 1 the one with the
 * year's first Thursday.
 */
public record ReviewWeek(int year, int week) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public ReviewWeek {
		LocalDate mid = LocalDate.of(year, 6, 1);
		long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		if (week < 1 || week > weeks) {
			throw new InvalidValueException("week", year + " has ISO weeks 1 to " + weeks + ", not " + week);
		}
	}

	/** Reads {@code YYYY-Www}; anything else is a 400 naming {@code field}. */
	public static ReviewWeek parse(String field, String value) {
		Matcher matcher = FORMAT.matcher(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new InvalidValueException(field, field + " is an ISO week like 2026-W49, not '" + value + "'");
		}
		try {
			return new ReviewWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
		}
		catch (InvalidValueException ex) {
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	/** The week a day falls in. */
	public static ReviewWeek of(LocalDate day) {
		return new ReviewWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	public LocalDate monday() {
		return LocalDate.of(this.year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Monday 00:00 in the zone. */
	public Instant start(ZoneId zone) {
		return monday().atStartOfDay(zone).toInstant();
	}

	/** The next Monday 00:00 in the zone (excluded). */
	public Instant end(ZoneId zone) {
		return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%04d-W%02d", this.year, this.week);
	}

}
