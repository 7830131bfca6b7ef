package dev.meridian.sla.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaSettings;
import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaWarning;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks warnings and breaches when their time has come and publishes {@link SlaWarning}
 * and {@link SlaBreached}. All state is in the clock rows, so a restart or a missed run
 * loses nothing: the next check finds every passed time not marked yet. One node of a
 * cluster checks at a time (a transaction-scoped advisory lock), and the clock rows it
 * works on are claimed with {@code FOR UPDATE SKIP LOCKED}; the tickets' rows are never
 * locked, so an agent's change to a ticket and the check never wait for each other.
 */
@Component
public class SlaAlarms {

	private static final Logger log = LoggerFactory.getLogger(SlaAlarms.class);

	/** The advisory lock's key: any constant no other job uses ("SLA" in ASCII). */
	static final long LOCK = 0x534C41L;

	/** Batches per check at most, so one check cannot run forever. */
	private static final int MAX_BATCHES = 100;

	private final SlaClockRows clocks;

	private final TicketManagement tickets;

	private final SlaPolicies policies;

	private final SlaSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaAlarms(SlaClockRows clocks, TicketManagement tickets, SlaPolicies policies, SlaSettings settings,
			JdbcClient jdbc, TransactionTemplate transaction, EntityManager entityManager,
			ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
		this.tickets = tickets;
		this.policies = policies;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.sla.check-interval:15s}",
			initialDelayString = "${meridian.sla.check-interval:15s}")
	void check() {
		try {
			checkAt(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("The SLA check failed; the next one picks up what this one left", ex);
		}
	}

	/**
	 * Marks what is due at {@code now}. Returns how many warnings and breaches it marked;
	 * 0 also when another node holds the check.
	 */
	public int checkAt(Instant now) {
		int marked = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Batch result = this.transaction.execute(status -> batch(now));
			if (result == null) {
				break;
			}
			marked += result.marked();
			if (result.claimed() < this.settings.batchSize()) {
				break;
			}
		}
		return marked;
	}

	private Batch batch(Instant now) {
		Boolean mine = this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
		if (!Boolean.TRUE.equals(mine)) {
			return new Batch(0, 0);
		}
		Instant horizon = now.plus(Duration.ofMinutes(this.policies.longestWarningLead()));
		List<SlaAlarm> alarms = this.clocks.claimAlarms(now, horizon, this.settings.batchSize())
			.stream()
			.map(row -> new SlaAlarm(new TicketId((UUID) row[0]), SlaTarget.valueOf((String) row[1]), instant(row[2]),
					(Boolean) row[3]))
			.toList();
		int marked = 0;
		for (SlaAlarm alarm : alarms) {
			// The clocks of a ticket solved a moment ago stop when its listener runs;
			// until then the ticket says it is done.
			if (!this.tickets.find(alarm.ticket()).map(Ticket::status).filter(s -> s.isUnresolved()).isPresent()) {
				continue;
			}
			// Locked already by the claim.
			SlaClock clock = this.entityManager.find(SlaClock.class, alarm.ticket().value());
			if (alarm.breach()) {
				if (clock.recordBreach(alarm.target(), now)) {
					this.events.publishEvent(new SlaBreached(alarm.ticket(), alarm.target(), alarm.dueAt(), now));
					marked++;
				}
			}
			else if (clock.recordWarning(alarm.target(), now)) {
				this.events.publishEvent(new SlaWarning(alarm.ticket(), alarm.target(), alarm.dueAt(), now));
				marked++;
			}
		}
		return new Batch(alarms.size(), marked);
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		return (Instant) value;
	}

	private record Batch(int claimed, int marked) {
	}

}
