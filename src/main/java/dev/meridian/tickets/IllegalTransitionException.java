package dev.meridian.tickets;

import dev.meridian.DomainException;

/**
 * A status change the life cycle does not allow, e.g. from solved back to new.
 */
public class IllegalTransitionException extends DomainException {

	public IllegalTransitionException(long number, Status from, Status to) {
		super(Kind.CONFLICT,
				"Ticket #" + number + " cannot move from " + from + " to " + to + "; allowed: " + from.next());
	}

	@Override
	public String type() {
		return "illegal-transition";
	}

}
