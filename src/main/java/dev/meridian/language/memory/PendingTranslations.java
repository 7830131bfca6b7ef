package dev.meridian.language.memory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Translations that failed for a passing reason and wait to be tried again.
 */
@Repository
public class PendingTranslations {

	/** A translation waiting for its next attempt. */
	public record Pending(String text, String from, String to, int attempts, Instant nextAttemptAt, String lastError) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PendingTranslations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a failed attempt; the next one waits {@code delay}. */
	public void failed(SourceText source, String from, String to, String error, Duration delay) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into pending_translations (source_sha256, source_language, target_language, source_text,
				    attempts, next_attempt_at, last_error, created_at)
				values (?, ?, ?, ?, 1, ?, ?, ?)
				on conflict (source_sha256, source_language, target_language) do update
				set attempts = pending_translations.attempts + 1, next_attempt_at = excluded.next_attempt_at,
				    last_error = excluded.last_error""")
			.params(source.sha256(), from, to, source.text(), Timestamp.from(now.plus(delay)), truncated(error),
					Timestamp.from(now))
			.update();
	}

	public Optional<Pending> find(SourceText source, String from, String to) {
		return this.jdbc.sql("""
				select source_text, source_language, target_language, attempts, next_attempt_at, last_error
				from pending_translations where source_sha256 = ? and source_language = ? and target_language = ?""")
			.params(source.sha256(), from, to)
			.query((rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.optional();
	}

	/**
	 * Claims those due now, oldest first, for {@code lease}: their next attempt moves
	 * that far ahead in the same statement, so another node (or the next run) does not
	 * take them while they are tried, and no row stays locked while an engine is asked.
	 */
	public List<Pending> claimDue(int limit, Duration lease) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update pending_translations p set next_attempt_at = ?
				from (select source_sha256, source_language, target_language from pending_translations
				      where next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked) due
				where p.source_sha256 = due.source_sha256 and p.source_language = due.source_language
				  and p.target_language = due.target_language
				returning p.source_text, p.source_language, p.target_language, p.attempts, p.next_attempt_at,
				          p.last_error""")
			.params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
			.query((rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	public void done(SourceText source, String from, String to) {
		this.jdbc.sql(
				"delete from pending_translations where source_sha256 = ? and source_language = ? and target_language = ?")
			.params(source.sha256(), from, to)
			.update();
	}

	private static String truncated(String error) {
		return error.length() <= 1000 ? error : error.substring(0, 1000);
	}

}
