package dev.meridian.tickets;

import dev.meridian.DomainException;

/**
 * A closed ticket takes no more changes or messages.
 */
public class TicketClosedException extends DomainException {

	public TicketClosedException(long number) {
		super(Kind.CONFLICT, "Ticket #" + number + " is closed; open a follow-up ticket instead");
	}

	@Override
	public String type() {
		return "ticket-closed";
	}

}
