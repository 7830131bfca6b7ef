package dev.meridian;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes event publications whose listeners completed long ago. With the completion mode
 * {@code update} Spring Modulith keeps every completed publication (it is the record that
 * the listener ran, and what an operator reads when one did not), so without this the
 * table grew by about seven rows per ticket for ever, each holding its serialized event.
 * Once per cluster at a time (PostgreSQL advisory lock), in batches, so a large backlog
 * never holds one long transaction.
 */
@Component
class CompletedEventPurge {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventPurge.class);

	/** Advisory lock key: "MERIDIAN-PURGE" folded into a long. */
	private static final long LOCK = 0x4D45524944505247L;

	private static final int BATCH = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration keep;

	CompletedEventPurge(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${meridian.events.keep-completed:7d}") Duration keep) {
		if (keep.isNegative()) {
			throw new IllegalArgumentException("meridian.events.keep-completed must not be negative, got " + keep);
		}
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${meridian.events.purge-interval:1h}", initialDelayString = "5m")
	void purge() {
		try {
			long removed = purgeCompletedBefore(this.clock.instant().minus(this.keep));
			if (removed > 0) {
				log.info("Deleted {} event publications completed more than {} ago", removed, this.keep);
			}
		}
		catch (RuntimeException ex) {
			// The next pass tries again; a failing pass must not stop the schedule.
			log.warn("Deleting completed event publications failed", ex);
		}
	}

	/**
	 * Deletes the publications completed before {@code before}; returns how many, or 0
	 * when another node holds the purge.
	 */
	long purgeCompletedBefore(Instant before) {
		long removed = 0;
		int batch;
		do {
			Integer deleted = this.transactions.execute(status -> {
				if (!Boolean.TRUE
					.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
					return -1;
				}
				return this.jdbc.update("""
						delete from event_publication where id in (
						  select id from event_publication
						  where completion_date is not null and completion_date < ?
						  limit ?)""", Timestamp.from(before), BATCH);
			});
			batch = deleted == null ? -1 : deleted;
			removed += Math.max(batch, 0);
		}
		while (batch == BATCH);
		return removed;
	}

}
