package dev.meridian.privacy.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.privacy.PrivacySettings;
import dev.meridian.privacy.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds admins of customers' requests that come due: once when an open request enters
 * the warning period ({@link PrivacySettings#requestWarning()}, 7 days) and once when it
 * passes its due date, each with an audit entry ({@code privacy.request-due-soon},
 * {@code privacy.request-overdue}) and a warning in the log. One node of the cluster does
 * it per pass (a transaction advisory lock); the others skip that pass.
 */
@Component
public class PrivacyRequestReminders {

	private static final Logger log = LoggerFactory.getLogger(PrivacyRequestReminders.class);

	/** The advisory lock's key: "privrem". */
	private static final long LOCK = 0x70726976_72656dL;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final PrivacySettings settings;

	private final Clock clock;

	PrivacyRequestReminders(JdbcClient jdbc, AuditLog audit, PrivacySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** What one pass flagged: the requests now due soon and those now overdue. */
	public record Flagged(List<UUID> dueSoon, List<UUID> overdue) {
	}

	@Scheduled(cron = "${meridian.privacy.request-reminder-schedule:0 */15 * * * *}")
	void scheduled() {
		flag();
	}

	/**
	 * Flags the open requests that came due soon or overdue since the last pass, each
	 * once; nothing when another node is doing it.
	 */
	@Transactional
	public Flagged flag() {
		boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
		if (!locked) {
			return new Flagged(List.of(), List.of());
		}
		Instant now = this.clock.instant();
		List<Flag> overdue = this.jdbc
			.sql("""
					update privacy_requests set overdue_flagged_at = ?, due_soon_flagged_at = coalesce(due_soon_flagged_at, ?)
					where status = 'open' and overdue_flagged_at is null and due_at <= ?
					returning id, customer_id""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
			.query((rs, row) -> new Flag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		List<Flag> soon = this.jdbc.sql("""
				update privacy_requests set due_soon_flagged_at = ?
				where status = 'open' and due_soon_flagged_at is null and due_at <= ?
				returning id, customer_id""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(this.settings.requestWarning())))
			.query((rs, row) -> new Flag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		soon.forEach(flag -> this.audit.record("system", "privacy.request-due-soon", flag.subject()));
		overdue.forEach(flag -> this.audit.record("system", "privacy.request-overdue", flag.subject()));
		if (!soon.isEmpty() || !overdue.isEmpty()) {
			log.warn("Customers' privacy requests need an answer: {} due within {}, {} overdue (see /app/privacy)",
					soon.size(), this.settings.requestWarning(), overdue.size());
		}
		return new Flagged(soon.stream().map(Flag::id).toList(), overdue.stream().map(Flag::id).toList());
	}

	private record Flag(UUID id, @Nullable UUID customerId) {

		String subject() {
			return this.customerId == null ? "privacy-request:" + this.id : "customer:" + this.customerId;
		}

	}

}
