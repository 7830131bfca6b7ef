package dev.meridian;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries failed event listeners again while the server runs, not only at the next start:
 * work triggered by an event (routing, SLA clocks, acknowledgements, indexing) is done in
 * the end even when its first attempt met a locked row or a database hiccup. Once per
 * cluster at a time (PostgreSQL advisory lock); only publications that failed a while
 * ago, so a listener is never run twice at once, and at most
 * {@code meridian.events.max-attempts} times.
 */
@Component
class FailedEventRetries {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

	/** Advisory lock key: "MERIDIAN-EVENTS" folded into a long. */
	private static final long LOCK = 0x4D45524944454E45L;

	private final FailedEventPublications failed;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Duration minAge;

	private final int batchSize;

	private final int maxAttempts;

	FailedEventRetries(FailedEventPublications failed, JdbcTemplate jdbc, TransactionTemplate transactions,
			@Value("${meridian.events.retry-after:30s}") Duration minAge,
			@Value("${meridian.events.retry-batch-size:100}") int batchSize,
			@Value("${meridian.events.max-attempts:20}") int maxAttempts) {
		this.maxAttempts = maxAttempts;
		this.failed = failed;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.minAge = minAge;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${meridian.events.retry-interval:1m}",
			initialDelayString = "${meridian.events.retry-interval:1m}")
	void retryFailed() {
		try {
			retryFailedOlderThan(this.minAge);
		}
		catch (RuntimeException ex) {
			// The next pass tries again; a failing pass must not stop the schedule.
			log.warn("Retrying failed event listeners failed", ex);
		}
	}

	/** Resubmits publications whose listener failed at least {@code age} ago. */
	void retryFailedOlderThan(Duration age) {
		this.transactions.executeWithoutResult(status -> {
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
				return;
			}
			// A listener that keeps failing is left for a person (and the next start)
			// after
			// maxAttempts, instead of running every minute forever.
			this.failed.resubmit(ResubmissionOptions.defaults()
				.withMinAge(age)
				.withBatchSize(this.batchSize)
				.withFilter(publication -> publication.getCompletionAttempts() < this.maxAttempts));
		});
	}

}
