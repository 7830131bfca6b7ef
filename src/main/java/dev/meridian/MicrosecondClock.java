package dev.meridian;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock whose instants are truncated to microseconds, PostgreSQL's precision, so a time
 * returned when something is created equals the one read back later. ({@code Clock.tick}
 * with a sub-millisecond tick fails in {@code millis()}.)
 */
final class MicrosecondClock extends Clock {

	private final Clock base;

	MicrosecondClock(Clock base) {
		this.base = base;
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MicrosecondClock(this.base.withZone(zone));
	}

	@Override
	public Instant instant() {
		return this.base.instant().truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public long millis() {
		return this.base.millis();
	}

}
