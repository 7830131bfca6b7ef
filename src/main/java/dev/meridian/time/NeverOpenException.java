package dev.meridian.time;

import java.time.Instant;

import dev.meridian.DomainException;

/**
 * A calendar had no open time for so long that business time cannot be counted on it: a
 * schedule without open intervals, or closures that cover everything.
 */
public class NeverOpenException extends DomainException {

	public NeverOpenException(Instant from, int years) {
		super(Kind.INVALID, "The calendar has no open time in the " + years + " years after " + from
				+ ": business time cannot be counted on it");
	}

	@Override
	public String type() {
		return "calendar-never-open";
	}

}
