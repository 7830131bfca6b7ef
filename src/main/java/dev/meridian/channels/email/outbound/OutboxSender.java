package dev.meridian.channels.email.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.meridian.channels.email.EmailSettings;
import dev.meridian.channels.email.intake.MailRecords;
import dev.meridian.channels.email.mailbox.MailSender;
import dev.meridian.channels.email.mailbox.MailboxSettings;
import dev.meridian.channels.email.mailbox.Mailboxes;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.sla.ReplyPromises;
import dev.meridian.tickets.DeliveryStatus;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. A failed send is tried again after the retry delay,
 * doubled each time, until the last attempt; the ticket message shows each state
 * (pending, retrying with the error, sent, failed).
 *
 * <p>
 * Three steps, none of which holds a database transaction across the network: claim (a
 * short transaction that leases due rows and commits), compose (a read-only transaction)
 * and send (no transaction: a slow or stalled SMTP server holds no connection, row or
 * lock of the database), then each outcome in a transaction of its own. Delivery is at
 * least once: a mail whose "sent" mark was lost (the database failed after the SMTP
 * server accepted it) stays leased, so neither this node nor another sends it again
 * before the lease ends ({@code meridian.email.send-lease}); after that it goes once more
 * with the same Message-ID, which receiving systems and Meridian's own intake recognise.
 * Losing a customer's answer silently would be worse than that rare duplicate.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final Mailboxes mailboxes;

	private final MailRecords records;

	private final MailSender sender;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final EmailSettings settings;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	private final ReplyPromises promises;

	private final Clock clock;

	private final AnswerSuggestions suggestions;

	OutboxSender(Outbox outbox, Mailboxes mailboxes, MailRecords records, MailSender sender, TicketManagement tickets,
			CustomerManagement customers, EmailSettings settings, TransactionTemplate transaction,
			ReplyPromises promises, Clock clock, AnswerSuggestions suggestions) {
		this.promises = promises;
		this.suggestions = suggestions;
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.records = records;
		this.sender = sender;
		this.tickets = tickets;
		this.customers = customers;
		this.settings = settings;
		this.transaction = transaction;
		this.reading = new TransactionTemplate(transaction.getTransactionManager());
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.email.send-interval:2s}", initialDelayString = "3s")
	void sendDue() {
		try {
			List<Outbox.Entry> claimed;
			do {
				Instant now = this.clock.instant();
				claimed = this.transaction
					.execute(status -> this.outbox.claimDue(now, now.plus(this.settings.sendLease()), 20));
				claimed.forEach(this::send);
			}
			while (!claimed.isEmpty());
		}
		catch (RuntimeException ex) {
			log.warn("Sending from the outbox failed; trying again shortly", ex);
		}
	}

	/** A mail ready to go and the mailbox it leaves from. */
	private record Composed(MailboxSettings mailbox, MimeMessage message) {
	}

	private void send(Outbox.Entry entry) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Mail is never sent inside a database transaction");
		}
		AnswerSuggestions.Suggestion suggestion = suggestionFor(entry);
		Composed composed;
		try {
			composed = this.reading.execute(status -> compose(entry, suggestion));
		}
		catch (RuntimeException ex) {
			failed(entry, ex.getCause() != null ? ex.getCause().toString() : ex.toString());
			return;
		}
		if (composed == null) {
			failed(entry, "No enabled mailbox with an SMTP server is configured");
			return;
		}
		try {
			this.sender.send(composed.mailbox(), composed.message());
		}
		catch (MessagingException | RuntimeException ex) {
			failed(entry, ex.toString());
			return;
		}
		try {
			this.transaction.executeWithoutResult(status -> {
				this.outbox.sent(entry.id(), this.clock.instant());
				if (entry.messageId() != null) {
					this.tickets.recordDelivery(new MessageId(entry.messageId()), DeliveryStatus.SENT, null);
				}
			});
		}
		catch (RuntimeException ex) {
			// The SMTP server has it; the lease keeps it from going again until it ends.
			log.warn("Mail {} was sent but could not be marked sent; it stays leased", entry.messageIdHeader(), ex);
		}
	}

	/**
	 * The article to suggest in an acknowledgement; none for other mail, and none when
	 * finding one fails: the acknowledgement never waits on it.
	 */
	private AnswerSuggestions.@Nullable Suggestion suggestionFor(Outbox.Entry entry) {
		if (entry.kind() != Outbox.Kind.RECEIVED || entry.ticketId() == null) {
			return null;
		}
		try {
			return this.suggestions.forTicket(entry.ticketId()).orElse(null);
		}
		catch (RuntimeException ex) {
			log.warn("No article suggestion for mail {}", entry.messageIdHeader(), ex);
			return null;
		}
	}

	private @Nullable Composed compose(Outbox.Entry entry, AnswerSuggestions.@Nullable Suggestion suggestion) {
		if (entry.ticketId() == null) {
			return composeAboutOrder(entry);
		}
		Ticket ticket = this.tickets.get(new TicketId(entry.ticketId()));
		Customer customer = this.customers.get(ticket.customer());
		Message reply = entry.messageId() == null ? null
				: this.tickets.findMessage(new MessageId(entry.messageId())).orElse(null);
		Optional<MailboxSettings> mailbox = this.records.mailboxOf(entry.ticketId())
			.flatMap(this.mailboxes::find)
			.filter(found -> found.smtp() != null && found.enabled())
			.or(() -> this.mailboxes.senderFor(ticket.market().map(market -> market.value()).orElse(null)));
		if (mailbox.isEmpty()) {
			return null;
		}
		try {
			return new Composed(mailbox.get(),
					OutboundMails.compose(this.sender.session(mailbox.get()), entry, ticket,
							entry.kind() == Outbox.Kind.RECEIVED ? this.promises.promisedAt(ticket.id()).orElse(null)
									: null,
							customer, reply, mailbox.get(), this.records.thread(entry.ticketId()),
							this.records.lastInbound(entry.ticketId()).orElse(null), suggestion));
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A mail that belongs to no ticket leaves from the mailbox of the order's market. */
	private @Nullable Composed composeAboutOrder(Outbox.Entry entry) {
		if (entry.composed() != null) {
			// Worded elsewhere about no ticket (a survey campaign): the market's mailbox.
			Optional<MailboxSettings> mailbox = this.mailboxes.senderFor(entry.composed().market());
			if (mailbox.isEmpty()) {
				return null;
			}
			try {
				return new Composed(mailbox.get(), OutboundMails
					.composeWithoutTicket(this.sender.session(mailbox.get()), entry, entry.composed(), mailbox.get()));
			}
			catch (MessagingException | java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		Outbox.ReturnLink about = entry.returnLink();
		if (about == null || entry.confirmation() == null) {
			throw new IllegalStateException("Mail " + entry.messageIdHeader() + " names neither ticket nor order");
		}
		Optional<MailboxSettings> mailbox = this.mailboxes.senderFor(about.market());
		if (mailbox.isEmpty()) {
			return null;
		}
		try {
			return new Composed(mailbox.get(), OutboundMails.composeReturnLink(this.sender.session(mailbox.get()),
					entry, entry.confirmation(), about, mailbox.get()));
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void failed(Outbox.Entry entry, String error) {
		try {
			this.transaction.executeWithoutResult(status -> fail(entry, error));
		}
		catch (RuntimeException ex) {
			log.warn("The failed send of {} could not be recorded; it stays leased", entry.messageIdHeader(), ex);
		}
	}

	private void fail(Outbox.Entry entry, String error) {
		int attempt = entry.attempts() + 1;
		boolean last = attempt >= this.settings.maxAttempts();
		Duration wait = this.settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
		this.outbox.failed(entry.id(), last ? "FAILED" : "RETRYING", error, this.clock.instant().plus(wait));
		if (entry.messageId() != null) {
			this.tickets.recordDelivery(new MessageId(entry.messageId()),
					last ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING, error);
		}
		log.info("Sending mail {} failed (attempt {}): {}", entry.messageIdHeader(), attempt, error);
	}

}
