package dev.meridian.time;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day off: the date businesses close (for a holiday moved off a weekend, the day it is
 * observed), its English name, its name in the country's language when known.
 *
 * @param estimated true when no official announcement confirms the date yet (a holiday
 * that follows the moon, a list not yet published). Calendars close on it all the same,
 * until an admin confirms or moves it ({@link HolidayDecision}).
 */
public record Holiday(LocalDate date, String name, @Nullable String localName, Kind kind, boolean estimated) {

	/** A holiday whose date is official. */
	public Holiday(LocalDate date, String name, @Nullable String localName, Kind kind) {
		this(date, name, localName, kind, false);
	}

	/** The same holiday on another date, as an admin decided it: no longer estimated. */
	Holiday decided(LocalDate on) {
		return new Holiday(on, this.name, this.localName, this.kind, false);
	}

	/** Why the day is off. */
	public enum Kind {

		/** A public holiday on its own date. */
		PUBLIC,
		/**
		 * A day off in place of a holiday that fell on a weekend or between two holidays
		 * (Japan's furikae kyūjitsu and kokumin no kyūjitsu, the US "observed" days).
		 */
		SUBSTITUTE

	}

}
