package dev.meridian.web.api;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Remembers the response to each creating request sent with an {@code Idempotency-Key},
 * per caller, so a retry gets the same answer instead of a second resource.
 */
@Repository
class IdempotencyRecords {

	/** A remembered request: its fingerprint and, once finished, its response. */
	record Entry(String requestHash, @Nullable Integer status, @Nullable String location, @Nullable String contentType,
			byte @Nullable [] body, Instant createdAt) {

		boolean finished() {
			return this.status != null;
		}

	}

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	IdempotencyRecords(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Claims the key for a new request; false when the key was used before. */
	boolean claim(String principal, String key, String requestHash) {
		return this.jdbc
			.sql("insert into idempotency_records (principal, idempotency_key, request_hash, created_at) "
					+ "values (?, ?, ?, ?) on conflict do nothing")
			.params(principal, key, requestHash, java.sql.Timestamp.from(this.clock.instant()))
			.update() == 1;
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

	void finish(String principal, String key, int status, @Nullable String location, @Nullable String contentType,
			byte[] body) {
		this.jdbc
			.sql("update idempotency_records set status = ?, location = ?, content_type = ?, body = ? "
					+ "where principal = ? and idempotency_key = ?")
			.params(status, location, contentType, body, principal, key)
			.update();
	}

	/** Frees a key whose request failed on our side, so the client can retry it. */
	void release(String principal, String key) {
		this.jdbc.sql("delete from idempotency_records where principal = ? and idempotency_key = ?")
			.params(principal, key)
			.update();
	}

	/** Keys are kept a day, as the IETF draft on Idempotency-Key suggests for retries. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		this.jdbc.sql("delete from idempotency_records where created_at < ?")
			.param(java.sql.Timestamp.from(this.clock.instant().minus(java.time.Duration.ofHours(24))))
			.update();
	}

}
