package dev.meridian.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.meridian.privacy.AuditTrail;
import dev.meridian.privacy.CurrentActor;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries under a transaction-scoped advisory lock, so two nodes never chain two
 * entries to the same predecessor; each entry's hash covers the previous entry's hash and
 * its own fields. Entries commit in a transaction of their own.
 */
@Service
public class AuditLog implements AuditTrail {

	/** The hash the first entry chains to. */
	static final String GENESIS = "0".repeat(64);

	private static final long LOCK = 0x7072697661637901L;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final List<CurrentActor> actors;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, List<CurrentActor> actors, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.actors = actors;
		this.clock = clock;
	}

	/** One entry as read back. */
	public record Entry(long seq, Instant at, String actor, String action, String subject, String prevHash,
			String hash) {
	}

	/** What to read: any field left null is not a filter. */
	public record Filter(@Nullable String subject, @Nullable String actor, @Nullable String action,
			@Nullable Instant from, @Nullable Instant to, @Nullable Long afterSeq, int limit) {
	}

	/** The result of checking the chain. */
	public record Check(boolean intact, long entries, @Nullable Long firstBrokenSeq) {
	}

	@Override
	public void record(String action, String subject) {
		record(currentActor(), action, subject);
	}

	/**
	 * Inside a writing transaction the entry is appended after it commits, so a change
	 * rolled back leaves no entry; elsewhere (reads) at once.
	 */
	@Override
	public void record(String actor, String action, String subject) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					appendNow(actor, action, subject);
				}
			});
			return;
		}
		appendNow(actor, action, subject);
	}

	private void appendNow(String actor, String action, String subject) {
		this.ownTransaction.executeWithoutResult(status -> append(actor, action, subject));
	}

	private void append(String actor, String action, String subject) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
		String previous = this.jdbc.sql("select hash from privacy_audit_log order by seq desc limit 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = hash(previous, at, actor, action, subject);
		this.jdbc.sql("""
				insert into privacy_audit_log (at, actor, action, subject, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), clip(actor, 200), clip(action, 100), clip(subject, 200), previous, hash)
			.update();
	}

	public String currentActor() {
		return this.actors.stream().map(CurrentActor::name).flatMap(Optional::stream).findFirst().orElse("system");
	}

	public List<Entry> find(Filter filter) {
		StringBuilder sql = new StringBuilder(
				"select seq, at, actor, action, subject, prev_hash, hash from privacy_audit_log where true");
		List<Object> params = new ArrayList<>();
		if (filter.subject() != null) {
			sql.append(" and subject = ?");
			params.add(filter.subject());
		}
		if (filter.actor() != null) {
			sql.append(" and actor = ?");
			params.add(filter.actor());
		}
		if (filter.action() != null) {
			sql.append(" and action = ?");
			params.add(filter.action());
		}
		if (filter.from() != null) {
			sql.append(" and at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.afterSeq() != null) {
			sql.append(" and seq > ?");
			params.add(filter.afterSeq());
		}
		sql.append(" order by seq limit ?");
		params.add(filter.limit());
		return this.jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).list();
	}

	/**
	 * Walks the whole chain in order: each entry must name its predecessor's hash and its
	 * own hash must match its fields. The first entry of a pruned log chains to whatever
	 * hash it names (retention removes the oldest entries).
	 */
	public Check check() {
		long[] count = { 0 };
		String[] previous = { null };
		Long[] broken = { null };
		this.jdbc.sql("select seq, at, actor, action, subject, prev_hash, hash from privacy_audit_log order by seq")
			.query(rs -> {
				Entry entry = entry(rs, 0);
				count[0]++;
				if (broken[0] != null) {
					return;
				}
				boolean linked = previous[0] == null || previous[0].equals(entry.prevHash());
				boolean own = hash(entry.prevHash(), entry.at(), entry.actor(), entry.action(), entry.subject())
					.equals(entry.hash());
				if (!linked || !own) {
					broken[0] = entry.seq();
				}
				previous[0] = entry.hash();
			});
		return new Check(broken[0] == null, count[0], broken[0]);
	}

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	static String hash(String previous, Instant at, String actor, String action, String subject) {
		String fields = String.join("\n", previous, at.truncatedTo(ChronoUnit.MICROS).toString(), actor, action,
				subject);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(fields.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String clip(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
