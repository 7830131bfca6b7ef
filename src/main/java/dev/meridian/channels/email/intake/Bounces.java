package dev.meridian.channels.email.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.channels.email.parsing.DeliveryReport;
import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.tickets.AttachmentSettings;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.DeliveryStatus;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.Visibility;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Stores a bounce: permanently failed addresses are marked as bouncing (no more
 * notifications to them), a bounced reply shows it in its delivery status, and the report
 * joins the ticket of the mail that bounced as an internal note. A bounce for a mail
 * Meridian does not know is held in the quarantine.
 */
@Component
class Bounces {

	private final MailRecords records;

	private final Quarantine quarantine;

	private final TicketManagement tickets;

	private final EntityManager entities;

	private final long maxAttachmentSize;

	Bounces(MailRecords records, Quarantine quarantine, TicketManagement tickets, EntityManager entities,
			AttachmentSettings attachments) {
		this.records = records;
		this.quarantine = quarantine;
		this.tickets = tickets;
		this.entities = entities;
		this.maxAttachmentSize = attachments.maxSize().toBytes();
	}

	IntakeResult store(byte[] raw, ParsedMail mail, String from, String messageIdHeader, EmailIntake.Origin origin,
			Instant now) {
		DeliveryReport report = mail.bounce();
		String original = report.originalMessageId();
		Optional<MailRecords.Known> bounced = original == null ? Optional.empty() : this.records.find(original);
		if (bounced.isEmpty()) {
			bounced = this.records.findFirst(mail.answeredIds());
		}
		if (bounced.isEmpty() || this.tickets.find(new TicketId(bounced.get().ticketId())).isEmpty()) {
			UUID id = this.quarantine.hold(raw, origin.mailbox(), "bounce-unmatched",
					"A delivery report for a mail Meridian does not know"
							+ (original == null ? "" : " (Message-ID " + original + ")"),
					from, mail.subject());
			return new IntakeResult.Quarantined(id, "bounce-unmatched");
		}
		if (report.permanent()) {
			for (DeliveryReport.FailedRecipient recipient : report.recipients()) {
				this.records.markBouncing(recipient.address(), recipient.status(), recipient.diagnostic(), now);
			}
		}
		TicketId ticketId = new TicketId(bounced.get().ticketId());
		if (report.permanent() && bounced.get().messageId() != null && bounced.get().direction().equals("OUTBOUND")) {
			String detail = report.recipients()
				.stream()
				.map(r -> r.address() + (r.status() == null ? "" : " " + r.status())
						+ (r.diagnostic() == null ? "" : ": " + r.diagnostic()))
				.findFirst()
				.orElse("bounced");
			this.tickets.recordDelivery(new MessageId(bounced.get().messageId()), DeliveryStatus.BOUNCED, detail);
		}
		Message note = this.tickets.addMessage(ticketId, Author.system(),
				MailDrafts.of(mail, from, Visibility.INTERNAL, this.maxAttachmentSize));
		// The message row must exist before ours refer to it.
		this.entities.flush();
		this.records.remember(messageIdHeader, ticketId.value(), note.id().value(), "INBOUND", from, origin.mailbox(),
				now);
		this.records.keepSource(note.id().value(), raw, now);
		return new IntakeResult.Stored(ticketId.value(), note.id().value(), false);
	}

}
