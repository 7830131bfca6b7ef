package dev.meridian.sla.internal;

import java.time.Clock;
import java.util.Optional;

import dev.meridian.tickets.TicketId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and locks tickets' clock rows. Only this module writes them, and every write
 * locks the row first, so listeners for one ticket that run at the same time (a
 * customer's message that also ends a pending wait) apply one after the other, each on
 * the other's result. The ticket's own row is never locked for it.
 */
@Component
class ClockStore {

	private final SlaClockRows rows;

	private final EntityManager entityManager;

	private final Clock clock;

	ClockStore(SlaClockRows rows, EntityManager entityManager, Clock clock) {
		this.rows = rows;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The ticket's clocks, as last committed, without a lock. */
	@Transactional(readOnly = true)
	Optional<SlaClock> find(TicketId ticket) {
		return this.rows.findById(ticket.value());
	}

	/**
	 * The ticket's clocks, added if missing, locked until the caller's transaction ends.
	 * Call it before writing anything in the transaction: it forgets what the transaction
	 * read before (the ticket, read to decide whether its clocks move at all), so that
	 * whatever is read after the lock is read as it is now, not as it was before another
	 * listener held the lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	SlaClock locked(TicketId ticket) {
		this.entityManager.clear();
		this.rows.addIfMissing(ticket.value(), this.clock.instant());
		return this.entityManager.find(SlaClock.class, ticket.value(), LockModeType.PESSIMISTIC_WRITE);
	}

}
