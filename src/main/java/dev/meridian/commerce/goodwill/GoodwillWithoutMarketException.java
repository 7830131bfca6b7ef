package dev.meridian.commerce.goodwill;

import dev.meridian.DomainException;
import dev.meridian.tickets.TicketId;

/**
 * Goodwill is measured in a market's currency, and neither the ticket nor its customer
 * has a market.
 */
public class GoodwillWithoutMarketException extends DomainException {

	public GoodwillWithoutMarketException(TicketId ticket) {
		super(Kind.CONFLICT, "Ticket " + ticket + " has no market (nor has its customer): goodwill is measured"
				+ " in a market's currency; set the customer's market first");
	}

	@Override
	public String type() {
		return "goodwill-without-market";
	}

}
