package dev.meridian.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its life. The allowed moves are the ones a help desk team expects:
 * a closed ticket is final, a solved one can be reopened or closed, and nothing returns
 * to {@code NEW}.
 */
public enum Status {

	/** Arrived, nobody has worked on it yet. */
	NEW,
	/** Being worked on. */
	OPEN,
	/** Waiting for the customer. */
	PENDING,
	/** Waiting for a third party (carrier, warehouse, payment provider). */
	ON_HOLD,
	/** Answered; reopens when the customer writes again. */
	SOLVED,
	/** Archived; a new message needs a follow-up ticket. */
	CLOSED;

	public Set<Status> next() {
		return switch (this) {
			case NEW -> EnumSet.of(OPEN, PENDING, ON_HOLD, SOLVED);
			case OPEN -> EnumSet.of(PENDING, ON_HOLD, SOLVED);
			case PENDING -> EnumSet.of(OPEN, ON_HOLD, SOLVED);
			case ON_HOLD -> EnumSet.of(OPEN, PENDING, SOLVED);
			case SOLVED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED -> EnumSet.noneOf(Status.class);
		};
	}

	public boolean canMoveTo(Status target) {
		return this == target || next().contains(target);
	}

	/** Unresolved tickets are the ones in an inbox. */
	public boolean isUnresolved() {
		return this != SOLVED && this != CLOSED;
	}

}
