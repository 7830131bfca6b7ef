package dev.meridian.tickets;

import dev.meridian.agents.Actor;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketManagement;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens tickets for customers known by email address, creating the customer the first
 * time, and decides the ticket's market and language from what is known, most specific
 * first: the message, the request, the customer, the market. Never English by default.
 */
@Service
public class TicketIntake {

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final TicketManagement tickets;

	private final TransactionTemplate transaction;

	TicketIntake(CustomerManagement customers, MarketManagement markets, TicketManagement tickets,
			TransactionTemplate transaction) {
		this.customers = customers;
		this.markets = markets;
		this.tickets = tickets;
		this.transaction = transaction;
	}

	/**
	 * Opens the ticket in one transaction. When another request creates the same new
	 * customer at the same moment, the unique email index stops one of them; that one
	 * runs again and finds the customer.
	 */
	public OpenedTicket open(IncomingTicket incoming, Actor actor) {
		try {
			return this.transaction.execute(status -> openInTransaction(incoming, actor));
		}
		catch (DataIntegrityViolationException ex) {
			return this.transaction.execute(status -> openInTransaction(incoming, actor));
		}
	}

	private OpenedTicket openInTransaction(IncomingTicket incoming, Actor actor) {
		Customer customer = this.customers.findOrCreate(incoming.customer());
		CountryCode market = incoming.customer().market() != null ? incoming.customer().market()
				: customer.market().orElse(null);
		LanguageTag language = languageOf(incoming, customer, market);
		Ticket ticket = this.tickets
			.open(new NewTicket(incoming.subject(), customer.id(), incoming.channel(), incoming.priority(), language,
					market, incoming.tags(), incoming.team(), incoming.assignee(), incoming.message()), actor);
		return new OpenedTicket(ticket, customer);
	}

	private LanguageTag languageOf(IncomingTicket incoming, Customer customer, CountryCode market) {
		if (incoming.message().language() != null) {
			return incoming.message().language();
		}
		CustomerProfile profile = incoming.customer();
		if (profile.language() != null) {
			return profile.language();
		}
		if (!customer.preferredLanguage().isUndetermined()) {
			return customer.preferredLanguage();
		}
		if (market != null) {
			return this.markets.find(market).map(m -> m.primaryLanguage()).orElse(LanguageTag.UNDETERMINED);
		}
		return LanguageTag.UNDETERMINED;
	}

}
