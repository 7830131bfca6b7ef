package dev.meridian.tickets;

import java.util.Optional;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.language.Addressee;
import dev.meridian.language.CulturalProfiles;
import dev.meridian.language.ReplyFrame;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a reply to a ticket's customer starts and ends: the greeting and closing of the
 * customer's cultural profile, in their formality, with their title and their name in
 * their own order and script. The reply box starts from it.
 */
@Service
public class ReplyDrafts {

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final CulturalProfiles profiles;

	ReplyDrafts(TicketManagement tickets, CustomerManagement customers, CulturalProfiles profiles) {
		this.tickets = tickets;
		this.customers = customers;
		this.profiles = profiles;
	}

	/**
	 * The frame of a reply in the ticket's language (else the customer's); empty when no
	 * cultural profile knows the language.
	 */
	@Transactional(readOnly = true)
	public Optional<ReplyFrame> frame(TicketId id) {
		Ticket ticket = this.tickets.get(id);
		Customer customer = this.customers.get(ticket.customer());
		return this.profiles.frame(languageOf(ticket, customer), addressee(customer));
	}

	/** The formality a reply to the ticket's customer is written and translated in. */
	@Transactional(readOnly = true)
	public Formality formality(TicketId id) {
		Ticket ticket = this.tickets.get(id);
		Customer customer = this.customers.get(ticket.customer());
		return this.profiles.formality(languageOf(ticket, customer), customer.formality());
	}

	/** The customer as the cultural profiles address them. */
	public static Addressee addressee(Customer customer) {
		boolean named = customer.givenName().isPresent() || customer.familyName().isPresent();
		return new Addressee(customer.givenName().orElse(null), customer.familyName().orElse(null),
				named ? customer.displayName() : null, customer.formOfAddress().orElse(null), customer.formality());
	}

	static LanguageTag languageOf(Ticket ticket, Customer customer) {
		return ticket.language().isUndetermined() ? customer.preferredLanguage() : ticket.language();
	}

}
