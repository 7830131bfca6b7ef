package dev.meridian.knowledge.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.meridian.web.LinkToken;
import dev.meridian.web.PublicAddress;
import dev.meridian.agents.Actor;
import dev.meridian.agents.Role;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.knowledge.ContactConfirmationRequested;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.IncomingTicket;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.OpenedTicket;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketIntake;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a contact-form submission into a ticket, within limits, and without letting
 * anyone speak as someone else: a request made with an address that already belongs to a
 * customer is held apart (its own customer without an address, tagged
 * {@value #UNVERIFIED}) and joins that customer only when the address's owner follows the
 * link mailed to them. An address nobody has yet simply becomes a new customer.
 */
@Service
public class HelpContact {

	/** The tag of a request held apart until its sender confirms their address. */
	public static final String UNVERIFIED = "unverified";

	private static final Actor SYSTEM = new Actor(null, Role.AGENT);

	/** A submission as the reader filled it in (the address already normalized). */
	public record Request(@Nullable String name, String email, String subject, String message, @Nullable ZoneId zone,
			LanguageTag reader, @Nullable CountryCode market, String client) {
	}

	public enum Outcome {

		/** A ticket was opened for the customer with this address. */
		OPENED,
		/**
		 * The address belongs to a customer: held until they confirm; a mail asks them.
		 */
		HELD,
		/** Too many requests from this address or client in the window. */
		RATE_LIMITED,
		/** The message is longer than allowed. */
		TOO_LONG

	}

	public enum Confirmation {

		CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN

	}

	private final TicketIntake intake;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final ContactAttempts attempts;

	private final ContactConfirmations confirmations;

	private final ContactSettings settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PublicAddress publicAddress;

	private final Clock clock;

	private final EntityManager entities;

	HelpContact(TicketIntake intake, TicketManagement tickets, CustomerManagement customers, ContactAttempts attempts,
			ContactConfirmations confirmations, ContactSettings settings, TransactionTemplate transaction,
			ApplicationEventPublisher events, PublicAddress publicAddress, Clock clock, EntityManager entities) {
		this.entities = entities;
		this.intake = intake;
		this.tickets = tickets;
		this.customers = customers;
		this.attempts = attempts;
		this.confirmations = confirmations;
		this.settings = settings;
		this.transaction = transaction;
		this.events = events;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	public int maxMessageLength() {
		return this.settings.maxMessageLength();
	}

	public Outcome submit(Request request) {
		if (request.message().length() > this.settings.maxMessageLength()) {
			return Outcome.TOO_LONG;
		}
		Instant now = this.clock.instant();
		// Counted first and committed, then checked: parallel submissions see each other,
		// so together they never get past the limit.
		this.transaction.executeWithoutResult(status -> this.attempts.record(request.email(), request.client(), now));
		Instant since = now.minus(this.settings.window());
		if (this.attempts.fromAddress(request.email(), since) > this.settings.perAddress()
				|| this.attempts.fromClient(request.client(), since) > this.settings.perClient()) {
			return Outcome.RATE_LIMITED;
		}
		if (this.customers.findByEmail(request.email()).isEmpty()) {
			this.intake.open(incoming(request, List.of(request.email()), List.of("help-center")), SYSTEM);
			return Outcome.OPENED;
		}
		return this.transaction.execute(status -> hold(request, now));
	}

	private Outcome hold(Request request, Instant now) {
		OpenedTicket opened = this.intake.open(incoming(request, List.of(), List.of("help-center", UNVERIFIED)),
				SYSTEM);
		// The ticket row must exist before ours refers to it.
		this.entities.flush();
		String token = LinkToken.random().value();
		Instant expires = now.plus(this.settings.confirmationValidity());
		this.confirmations.add(opened.ticket().id().value(), request.email(), new LinkToken(token).sha256(), expires,
				now);
		String link = baseUrl() + "/help/" + request.reader().value() + "/contact/confirm?token="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		this.events.publishEvent(new ContactConfirmationRequested(opened.ticket().id(), request.email(),
				request.reader(), link, expires));
		return Outcome.HELD;
	}

	/**
	 * Attaches the held request this token names to the customer who owns the address.
	 */
	public Confirmation confirm(String token) {
		return this.transaction.execute(status -> {
			Optional<ContactConfirmations.Pending> found = this.confirmations
				.findForUpdate(new LinkToken(token).sha256());
			if (found.isEmpty()) {
				return Confirmation.UNKNOWN;
			}
			ContactConfirmations.Pending pending = found.get();
			if (pending.ticketId() == null) {
				// A privacy request's link: confirmed on its own page.
				return Confirmation.UNKNOWN;
			}
			if (pending.confirmed()) {
				return Confirmation.ALREADY_CONFIRMED;
			}
			Instant now = this.clock.instant();
			if (!now.isBefore(pending.expiresAt())) {
				return Confirmation.EXPIRED;
			}
			Customer owner = this.customers.findOrCreate(new CustomerProfile(null, null, null, List.of(pending.email()),
					List.of(), null, null, null, null, null));
			this.tickets.attachToCustomer(new TicketId(pending.ticketId()), owner.id(), UNVERIFIED);
			this.confirmations.confirmed(pending.id(), now);
			return Confirmation.CONFIRMED;
		});
	}

	private static IncomingTicket incoming(Request request, List<String> emails, List<String> tags) {
		CustomerProfile customer = new CustomerProfile(null, null, request.name(), emails, List.of(), null, null,
				request.zone(), request.market(), null);
		// The address as given, on the message: an agent sees whom the request claims to
		// be from even while it is held apart.
		MessageDraft draft = new MessageDraft(request.message(), null, null, null, Visibility.PUBLIC, null, List.of(),
				new MessageDraft.Envelope(request.email(), request.name(), request.subject()));
		return new IncomingTicket(customer, request.subject(), draft, Channel.WEB, Priority.NORMAL, tags, null, null);
	}

	private String baseUrl() {
		return this.publicAddress.base(this.settings.publicUrl());
	}

}
