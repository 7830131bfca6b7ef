package dev.meridian.agents;

import java.time.Instant;

/**
 * A stretch of time an agent is on shift and not off: [start, end).
 */
public record WorkPeriod(Instant start, Instant end) {

	public boolean contains(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

}
