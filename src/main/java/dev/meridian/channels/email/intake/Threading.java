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
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Finds the ticket a mail belongs to: the one holding a message it answers (In-Reply-To,
 * then References newest first); else the one whose number is in the subject
 * ({@code [#123]}). Either way only if the sender is that ticket's customer or has
 * written to its conversation before: ticket numbers are sequential and the From header
 * is whatever the sender wrote, so a reference alone proves nothing. A mail from anyone
 * else opens a ticket of its own that links to the one it named. A closed ticket is not
 * written to again: its follow-up becomes a new ticket.
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

	/**
	 * Where a mail goes: an open ticket to join, or none; and the ticket it named but may
	 * not join (its sender is not part of that conversation), to link the new one to.
	 */
	record Match(Optional<Ticket> ticket, @Nullable Ticket refused) {

		static final Match NONE = new Match(Optional.empty(), null);

	}

	Match match(ParsedMail mail, String from) {
		Optional<Ticket> named = this.records.findFirst(mail.answeredIds())
			.flatMap(known -> this.tickets.find(new TicketId(known.ticketId())));
		if (named.isEmpty()) {
			Matcher tag = SUBJECT_TAG.matcher(mail.subject());
			if (tag.find()) {
				named = this.tickets.findByNumber(Long.parseLong(tag.group(1)));
			}
		}
		if (named.isEmpty()) {
			return Match.NONE;
		}
		Ticket ticket = named.get();
		if (!isParticipant(ticket, from)) {
			return new Match(Optional.empty(), ticket);
		}
		return new Match(Optional.of(ticket).filter(found -> found.status() != Status.CLOSED), null);
	}

	private boolean isParticipant(Ticket ticket, String from) {
		return this.customers.get(ticket.customer()).emails().stream().anyMatch(email -> email.equalsIgnoreCase(from))
				|| this.records.hasWritten(ticket.id().value(), from);
	}

}
