package dev.meridian.channels.email.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.channels.chat.ChatMailRequested;
import dev.meridian.channels.email.EmailSettings;
import dev.meridian.channels.email.intake.EmailIntake;
import dev.meridian.channels.email.intake.IntakeListener;
import dev.meridian.channels.email.intake.IntakeResult;
import dev.meridian.channels.email.intake.MailRecords;
import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.commerce.ReturnLinkRequested;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.feedback.FeedbackMailRequested;
import dev.meridian.knowledge.ContactConfirmationRequested;
import dev.meridian.knowledge.HelpCenterMailRequested;
import dev.meridian.sla.ReplyPromised;
import dev.meridian.sla.ReplyPromises;
import dev.meridian.tickets.DeliveryStatus;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.LiveConversations;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketCustomerChanged;
import dev.meridian.tickets.TicketSolved;
import dev.meridian.tickets.Visibility;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides what mail goes out and queues it: an agent's public reply on any ticket whose
 * customer has an email address (a ticket that came by mail, the help center's contact
 * form, the API, and a chat whose visitor has left: mail is the way a reply reaches a
 * customer no other channel is connected to), an acknowledgement of a new ticket, a
 * notice when it is solved. Never answers automatic mail with a notification, nor writes
 * notifications to an address that bounces. Runs in the transaction of its cause (the
 * intake) or, for ticket events, after it through the event publication registry, which
 * retries until queued.
 */
@Component
class MailQueue implements IntakeListener {

	/** The delivery detail of a reply held back because the customer had no address. */
	private static final String NO_ADDRESS = "The customer has no email address";

	private final Outbox outbox;

	private final MailRecords records;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final EmailSettings settings;

	private final ReplyPromises promises;

	private final Clock clock;

	private final List<LiveConversations> live;

	MailQueue(Outbox outbox, MailRecords records, TicketManagement tickets, CustomerManagement customers,
			EmailSettings settings, ReplyPromises promises, Clock clock, List<LiveConversations> live) {
		this.promises = promises;
		this.outbox = outbox;
		this.records = records;
		this.tickets = tickets;
		this.customers = customers;
		this.settings = settings;
		this.clock = clock;
		this.live = List.copyOf(live);
	}

	@Override
	public void stored(IntakeResult.Stored stored, ParsedMail mail, EmailIntake.Origin origin, boolean newTicket,
			boolean knownSender) {
		if (!newTicket || mail.kind().isAutomatic() || !this.settings.notifications() || mail.from() == null
				|| this.records.isBouncing(mail.from().address())) {
			return;
		}
		Ticket ticket = this.tickets.get(new dev.meridian.tickets.TicketId(stored.ticketId()));
		// Held until the reply time to promise is known (ReplyPromised), at most
		// promiseWait.
		Instant now = this.clock.instant();
		// To a sender who is not a known customer the subject is not repeated: the
		// acknowledgement must not carry an arbitrary stranger's text to whatever address
		// they forged.
		queue(Outbox.Kind.RECEIVED, ticket, null, "received." + ticket.id().value(),
				this.promises.promisedAt(ticket.id()).isPresent() ? now : now.plus(this.settings.promiseWait()),
				knownSender);
	}

	@ApplicationModuleListener
	void on(ReplyPromised event) {
		this.outbox.release(event.ticket().value(), Outbox.Kind.RECEIVED, this.clock.instant());
	}

	/** The owner of an address is asked to confirm a help-center request made with it. */
	@ApplicationModuleListener
	void on(ContactConfirmationRequested event) {
		Instant now = this.clock.instant();
		this.outbox.enqueue(Outbox.Kind.CONFIRM, event.ticket().value(), null, event.email(),
				"confirm." + event.ticket().value() + "@" + this.settings.domain(), now, now, false,
				new Outbox.Confirmation(event.link(), event.language().value(), event.expiresAt()));
	}

	/**
	 * The chat's own mail (a link to confirm a typed address, a transcript), worded by
	 * the chat in the visitor's language.
	 */
	@ApplicationModuleListener
	void on(ChatMailRequested event) {
		this.outbox.enqueueComposed(event.ticket().value(), event.recipient(),
				event.key() + "@" + this.settings.domain(), this.clock.instant(),
				new Outbox.Composed(event.subject(), event.body(), event.language().value()));
	}

	/**
	 * Feedback's own mail (a survey, a "you told us, we changed this" message), worded by
	 * the feedback module in the customer's language.
	 */
	@ApplicationModuleListener
	void on(FeedbackMailRequested event) {
		if (this.records.isBouncing(event.recipient())) {
			return;
		}
		this.outbox.enqueueComposed(event.ticket() == null ? null : event.ticket().value(), event.market(),
				event.recipient(), event.key() + "@" + this.settings.domain(), this.clock.instant(),
				new Outbox.Composed(event.subject(), event.body(), event.language().value(), event.market()));
	}

	/**
	 * The help center's own mail about no ticket (the link that confirms a privacy
	 * request), worded in the reader's language; from the mailbox of the market it was
	 * read in.
	 */
	@ApplicationModuleListener
	void on(HelpCenterMailRequested event) {
		this.outbox.enqueueComposed(null, event.market(), event.recipient(), event.key() + "@" + this.settings.domain(),
				this.clock.instant(),
				new Outbox.Composed(event.subject(), event.body(), event.language().value(), event.market()));
	}

	/** An order's customer gets the one-time link to its return page. */
	@ApplicationModuleListener
	void on(ReturnLinkRequested event) {
		this.outbox.enqueueReturnLink(event.email(),
				"return-link." + UUID.nameUUIDFromBytes(event.link().getBytes(java.nio.charset.StandardCharsets.UTF_8))
						+ "@" + this.settings.domain(),
				this.clock.instant(),
				new Outbox.Confirmation(event.link(), event.language().value(), event.expiresAt()),
				new Outbox.ReturnLink(event.orderNumber(), event.market(),
						event.zone() == null ? null : event.zone().getId()));
	}

	@ApplicationModuleListener
	void on(ReplySent event) {
		// A visitor reading the chat gets the reply there; one who has left, by mail.
		if (this.live.stream().anyMatch(conversations -> conversations.isConnected(event.ticket()))) {
			return;
		}
		Ticket ticket = this.tickets.get(event.ticket());
		if (queue(Outbox.Kind.REPLY, ticket, event.message().value(), "reply." + event.message().value())) {
			this.tickets.recordDelivery(event.message(), DeliveryStatus.PENDING, null);
		}
	}

	/**
	 * A held help-center request joined its confirmed owner: the public replies written
	 * while it had no address go out now, oldest first.
	 */
	@ApplicationModuleListener
	void on(TicketCustomerChanged event) {
		Ticket ticket = this.tickets.get(event.ticket());
		for (Message message : this.tickets.messages(event.ticket())) {
			if (message.direction() == Direction.OUTBOUND && message.visibility() == Visibility.PUBLIC
					&& message.deliveryStatus().filter(status -> status == DeliveryStatus.FAILED).isPresent()
					&& NO_ADDRESS.equals(message.deliveryDetail().orElse(null))
					&& queue(Outbox.Kind.REPLY, ticket, message.id().value(), "reply." + message.id().value())) {
				this.tickets.recordDelivery(message.id(), DeliveryStatus.PENDING, null);
			}
		}
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		if (!this.settings.notifications() || !this.records.isEmailTicket(event.ticket().value())) {
			return;
		}
		Ticket ticket = this.tickets.get(event.ticket());
		Customer customer = this.customers.get(ticket.customer());
		if (customer.primaryEmail().map(this.records::isBouncing).orElse(true)) {
			return;
		}
		queue(Outbox.Kind.SOLVED, ticket, null, "solved." + ticket.id().value() + "." + event.at().toEpochMilli());
	}

	private boolean queue(Outbox.Kind kind, Ticket ticket, @org.jspecify.annotations.Nullable UUID message,
			String localPart) {
		return queue(kind, ticket, message, localPart, this.clock.instant(), true);
	}

	private boolean queue(Outbox.Kind kind, Ticket ticket, @org.jspecify.annotations.Nullable UUID message,
			String localPart, Instant notBefore, boolean echoSubject) {
		Customer customer = this.customers.get(ticket.customer());
		String recipient = customer.primaryEmail().orElse(null);
		if (recipient == null) {
			if (message != null) {
				this.tickets.recordDelivery(new MessageId(message), DeliveryStatus.FAILED, NO_ADDRESS);
			}
			return false;
		}
		String header = localPart + "@" + this.settings.domain();
		boolean queued = this.outbox.enqueue(kind, ticket.id().value(), message, recipient, header,
				this.clock.instant(), notBefore, echoSubject, null);
		if (queued) {
			// Known before it leaves, so an answer threads even if it comes back fast.
			this.records.remember(header, ticket.id().value(), message, "OUTBOUND", null, null, this.clock.instant());
		}
		return queued;
	}

}
