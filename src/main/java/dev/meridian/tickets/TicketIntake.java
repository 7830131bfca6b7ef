package dev.meridian.tickets;

import dev.meridian.agents.Actor;
import java.util.List;

import dev.meridian.customers.Customer;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.markets.Market;
import org.jspecify.annotations.Nullable;
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

	private final LanguageDetection detection;

	TicketIntake(CustomerManagement customers, MarketManagement markets, TicketManagement tickets,
			TransactionTemplate transaction, LanguageDetection detection) {
		this.detection = detection;
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
		// A profile without an address is a customer of their own (a help-center request
		// held apart from the customer whose address it named until they confirm it).
		Customer customer = incoming.customer().emails().isEmpty() ? this.customers.create(incoming.customer())
				: this.customers.findOrCreate(incoming.customer());
		CountryCode market = incoming.customer().market() != null ? incoming.customer().market()
				: customer.market().orElse(null);
		MessageDraft message = withLanguage(incoming, customer, market);
		LanguageTag language = languageOf(message, incoming.customer(), customer, market);
		Ticket ticket = this.tickets.open(new NewTicket(incoming.subject(), customer.id(), incoming.channel(),
				incoming.priority(), language, market, incoming.tags(), incoming.team(), incoming.assignee(), message),
				actor);
		return new OpenedTicket(ticket, customer);
	}

	/**
	 * The first message's language: as declared by the sender, else as detected, with
	 * what we know of the customer and their market as hints.
	 */
	private MessageDraft withLanguage(IncomingTicket incoming, Customer customer, @Nullable CountryCode market) {
		MessageDraft message = incoming.message();
		if (message.language() != null) {
			return message;
		}
		LanguageTag known = incoming.customer().language() != null ? incoming.customer().language()
				: customer.preferredLanguage();
		List<LanguageTag> marketLanguages = market == null ? List.of()
				: this.markets.find(market).map(Market::languages).orElse(List.of());
		Detection detection = this.detection.detect(message.readableText(),
				DetectionHints.customer(known.isUndetermined() ? null : known, marketLanguages));
		return message.withDetectedLanguage(detection.language(), detection.confidence());
	}

	private LanguageTag languageOf(MessageDraft message, CustomerProfile profile, Customer customer,
			@Nullable CountryCode market) {
		if (message.language() != null && !message.language().isUndetermined()) {
			return message.language();
		}
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
