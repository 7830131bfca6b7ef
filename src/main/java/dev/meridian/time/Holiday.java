package dev.meridian.time;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A day off: the date businesses close (for a holiday moved off a weekend, the day it is
 * observed), its English name, its name in the country's language when known.
 */
public record Holiday(LocalDate date, String name, @Nullable String localName, Kind kind) {

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
