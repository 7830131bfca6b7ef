package dev.meridian.routing;

import java.time.Instant;
import java.util.Optional;

import dev.meridian.sla.SlaManagement;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides when a new ticket's customer can expect a first reply, so that what they are
 * told is true: not before the SLA's first-reply target, and not before someone who reads
 * their language is on shift (plus a margin to answer). The later of the two; with
 * neither known, nothing is promised. Channels acknowledge the ticket with it.
 */
@Component
class ReplyPromises {

	private final TicketManagement tickets;

	private final SlaManagement sla;

	private final Routing routing;

	private final RoutingSettings settings;

	ReplyPromises(TicketManagement tickets, SlaManagement sla, Routing routing, RoutingSettings settings) {
		this.tickets = tickets;
		this.sla = sla;
		this.routing = routing;
		this.settings = settings;
	}

	/**
	 * Not one transaction, unlike most listeners: the promise is worked out from a plain
	 * read (calendars, shifts over two weeks) and only then written with the ticket's row
	 * locked, so the lock is held for a moment, not for the whole calculation. Routing
	 * and the SLA clocks lock the same new ticket at the same time.
	 */
	@Async
	@TransactionalEventListener
	void on(TicketCreated event) {
		Instant promised = promise(this.tickets.get(event.ticket()));
		this.tickets.recordPromise(event.ticket(), ticket -> promised);
	}

	@Nullable Instant promise(Ticket ticket) {
		Optional<Instant> target = this.sla.firstReplyDue(ticket);
		Optional<Instant> staffed = ticket.language().isUndetermined() ? Optional.empty()
				: this.routing.nextCoverage(ticket.language().value(), ticket.createdAt())
					.map(onShift -> onShift.plus(this.settings.promiseMargin()));
		return later(target.orElse(null), staffed.orElse(null));
	}

	static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

}
