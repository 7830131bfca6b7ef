package dev.meridian.tickets.reviews;

import dev.meridian.DomainException;

/**
 * Only a solved (or closed) conversation is reviewed: one still open may change.
 */
public class TicketNotSolvedException extends DomainException {

	TicketNotSolvedException(long number, String status) {
		super(Kind.CONFLICT, "Ticket #" + number + " is " + status + "; only solved conversations are reviewed");
	}

	@Override
	public String type() {
		return "review-ticket-not-solved";
	}

}
