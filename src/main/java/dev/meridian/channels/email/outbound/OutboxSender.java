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
import dev.meridian.tickets.DeliveryStatus;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. A failed send is tried again after the retry delay,
 * doubled each time, until the last attempt; the ticket message shows each state
 * (pending, retrying with the error, sent, failed).
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

	private final Clock clock;

	OutboxSender(Outbox outbox, Mailboxes mailboxes, MailRecords records, MailSender sender, TicketManagement tickets,
			CustomerManagement customers, EmailSettings settings, TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.records = records;
		this.sender = sender;
		this.tickets = tickets;
		this.customers = customers;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.email.send-interval:2s}", initialDelayString = "3s")
	void sendDue() {
		try {
			Integer sent;
			do {
				sent = this.transaction.execute(status -> sendBatch());
			}
			while (sent != null && sent > 0);
		}
		catch (RuntimeException ex) {
			log.warn("Sending from the outbox failed; trying again shortly", ex);
		}
	}

	private int sendBatch() {
		List<Outbox.Entry> due = this.outbox.claimDue(this.clock.instant(), 20);
		for (Outbox.Entry entry : due) {
			send(entry);
		}
		return due.size();
	}

	private void send(Outbox.Entry entry) {
		try {
			Ticket ticket = this.tickets.get(new TicketId(entry.ticketId()));
			Customer customer = this.customers.get(ticket.customer());
			Message reply = entry.messageId() == null ? null
					: this.tickets.findMessage(new MessageId(entry.messageId())).orElse(null);
			Optional<MailboxSettings> mailbox = this.records.mailboxOf(entry.ticketId())
				.flatMap(this.mailboxes::find)
				.filter(found -> found.smtp() != null && found.enabled())
				.or(this.mailboxes::defaultSender);
			if (mailbox.isEmpty()) {
				fail(entry, "No enabled mailbox with an SMTP server is configured");
				return;
			}
			MimeMessage message = OutboundMails.compose(this.sender.session(mailbox.get()), entry, ticket, customer,
					reply, mailbox.get(), this.records.thread(entry.ticketId()),
					this.records.lastInbound(entry.ticketId()).orElse(null));
			this.sender.send(mailbox.get(), message);
			Instant now = this.clock.instant();
			this.outbox.sent(entry.id(), now);
			if (entry.messageId() != null) {
				this.tickets.recordDelivery(new MessageId(entry.messageId()), DeliveryStatus.SENT, null);
			}
		}
		catch (Exception ex) {
			fail(entry, ex.toString());
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
