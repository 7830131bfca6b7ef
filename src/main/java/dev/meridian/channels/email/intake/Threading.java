package dev.meridian.channels.email.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;

import org.springframework.stereotype.Component;

/**
 * Finds the ticket a mail belongs to: the one holding a message it answers (In-Reply-To,
 * then References newest first); else the one whose number is in the subject
 * ({@code [#123]}), if the sender is that ticket's customer, since a number alone is easy
 * to guess. A closed ticket is not written to again: its follow-up becomes a new ticket.
 */
@Component
class Threading {

	private static final Pattern SUBJECT_TAG = Pattern.compile("\\[#(\\d{1,18})\\]");

	private final MailRecords records;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	Threading(MailRecords records, TicketManagement tickets, CustomerManagement customers) {
		this.records = records;
		this.tickets = tickets;
		this.customers = customers;
	}

	Optional<Ticket> ticketOf(ParsedMail mail, String from) {
		Optional<Ticket> ticket = this.records.findFirst(mail.answeredIds())
			.flatMap(known -> this.tickets.find(new TicketId(known.ticketId())));
		if (ticket.isEmpty()) {
			Matcher tag = SUBJECT_TAG.matcher(mail.subject());
			if (tag.find()) {
				ticket = this.tickets.findByNumber(Long.parseLong(tag.group(1)))
					.filter(found -> this.customers.get(found.customer())
						.emails()
						.stream()
						.anyMatch(email -> email.equalsIgnoreCase(from)));
			}
		}
		return ticket.filter(found -> found.status() != Status.CLOSED);
	}

}
