package dev.meridian.web.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Remembers the response to each creating request sent with an {@code Idempotency-Key},
 * per caller, so a retry gets the same answer instead of a second resource. A key is
 * claimed and its answer stored in the transaction of the request's work: committed
 * together or not at all.
 */
@Repository
class IdempotencyRecords {

	/** A remembered request: its fingerprint and its response. */
	record Entry(String requestHash, @Nullable Integer status, @Nullable String location, @Nullable String contentType,
			byte @Nullable [] body, Instant createdAt) {

		/**
		 * Rows are committed with their answer; only earlier versions committed a claim
		 * first and could leave one without an answer when they died.
		 */
		boolean finished() {
			return this.status != null;
		}

	}

	/** A response to keep. */
	record Answer(int status, @Nullable String location, @Nullable String contentType, byte[] body) {
	}

	/** Advisory lock key of the clean-up: "IDEMP" in ASCII. */
	private static final long CLEANUP_LOCK = 0x4944454D50L;

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims the key for this transaction; false when the key was used before. A request
	 * with the same key still running holds the row: this waits for it to end, at most
	 * {@code wait}, then fails with a lock time-out.
	 */
	boolean claim(String principal, String key, String requestHash, Duration wait) {
		Object usual = this.jdbc.sql("select current_setting('lock_timeout')").query().singleValue();
		this.jdbc.sql("select set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query().singleValue();
		boolean claimed = this.jdbc
			.sql("insert into idempotency_records (principal, idempotency_key, request_hash, created_at) "
					+ "values (?, ?, ?, ?) on conflict do nothing")
			.params(principal, key, requestHash, Timestamp.from(this.clock.instant()))
			.update() == 1;
		// The work that follows keeps the server's usual lock waits.
		this.jdbc.sql("select set_config('lock_timeout', ?, true)").param(usual).query().singleValue();
		return claimed;
	}

	Optional<Entry> find(String principal, String key) {
		return this.jdbc
			.sql("select request_hash, status, location, content_type, body, created_at from idempotency_records "
					+ "where principal = ? and idempotency_key = ?")
			.params(principal, key)
			.query((rs, row) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getBytes(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	/** Stores the answer of the key claimed in this transaction. */
	void finish(String principal, String key, Answer answer) {
		this.jdbc
			.sql("update idempotency_records set status = ?, location = ?, content_type = ?, body = ? "
					+ "where principal = ? and idempotency_key = ?")
			.params(answer.status(), answer.location(), answer.contentType(), answer.body(), principal, key)
			.update();
	}

	/**
	 * Keeps an answer whose request left nothing to commit with it (a refusal), or whose
	 * handler is idempotent by content; the first answer kept wins.
	 */
	void keep(String principal, String key, String requestHash, Answer answer) {
		this.jdbc.sql("""
				insert into idempotency_records (principal, idempotency_key, request_hash, status, location,
				                                 content_type, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(principal, key, requestHash, answer.status(), answer.location(), answer.contentType(),
					answer.body(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Forgets a claim without an answer, left by an earlier version (see Entry). */
	void forgetUnfinished(String principal, String key) {
		this.jdbc.sql("delete from idempotency_records where principal = ? and idempotency_key = ? and status is null")
			.params(principal, key)
			.update();
	}

	/**
	 * Keys are kept a day, as the IETF draft on Idempotency-Key suggests for retries.
	 * Once per cluster: the node that gets the advisory lock (held for this one
	 * statement) deletes; the others skip.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		this.jdbc.sql("""
				with lock as (select pg_try_advisory_xact_lock(?) as mine)
				delete from idempotency_records where created_at < ? and (select mine from lock)""")
			.params(CLEANUP_LOCK, Timestamp.from(this.clock.instant().minus(Duration.ofHours(24))))
			.update();
	}

}
