package dev.meridian.sla;

import java.time.Instant;
import java.util.Optional;

import dev.meridian.sla.internal.SlaClock;
import dev.meridian.sla.internal.SlaClockRows;
import dev.meridian.tickets.TicketId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first-reply times customers were promised. The SLA clocks work one out when a
 * ticket is new (the later of its first-reply due time and the next time someone who
 * reads the customer's language can answer) and publish {@link ReplyPromised}; channels
 * acknowledge the ticket with it.
 */
@Service
@Transactional(readOnly = true)
public class ReplyPromises {

	private final SlaClockRows clocks;

	ReplyPromises(SlaClockRows clocks) {
		this.clocks = clocks;
	}

	/** The time promised; empty when none could be promised or none is worked out yet. */
	public Optional<Instant> promisedAt(TicketId ticket) {
		return this.clocks.findById(ticket.value()).flatMap(SlaClock::promisedReplyAt);
	}

}
