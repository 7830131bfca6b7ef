package dev.meridian.privacy.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.privacy.AuditTrail;
import dev.meridian.privacy.RetainedData;
import dev.meridian.privacy.RetainedKind;
import dev.meridian.privacy.RetentionScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs retention once per cluster (a session advisory lock held on one connection for the
 * whole run): for every kind, every market with periods of its own and then the rest,
 * each module removes what is older than the period, in batches committed one by one with
 * the run's counts. A run that stops half way (the node dies) is found {@code running} by
 * the next one, which goes on with it from the same moment.
 */
@Service
class RetentionRuns {

	private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

	private static final long LOCK = 0x7072697672657401L;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final RetentionPeriods periods;

	private final List<RetainedData> holders;

	private final RetentionSettings settings;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RetentionRuns(JdbcTemplate jdbcTemplate, JdbcClient jdbc, RetentionPeriods periods, List<RetainedData> holders,
			RetentionSettings settings, AuditTrail audit, JsonMapper json, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.periods = periods;
		this.holders = holders;
		this.settings = settings;
		this.audit = audit;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${meridian.privacy.retention.schedule:0 15 3 * * *}")
	void scheduled() {
		try {
			run(null, "system");
		}
		catch (RetentionRunningException ex) {
			log.debug("Retention runs on another node");
		}
	}

	/**
	 * Runs retention now (first finishing a run that stopped half way, if any).
	 * @param market only this market's data, or {@code null} for all
	 * @throws RetentionRunningException while another run goes on
	 */
	RetentionRun run(@Nullable String market, String actor) {
		UUID id = this.jdbcTemplate.execute((ConnectionCallback<UUID>) connection -> {
			if (!advisory(connection, "select pg_try_advisory_lock(?)")) {
				throw new RetentionRunningException();
			}
			try {
				return runLocked(market, actor);
			}
			finally {
				advisory(connection, "select pg_advisory_unlock(?)");
			}
		});
		return find(Objects.requireNonNull(id)).orElseThrow();
	}

	private UUID runLocked(@Nullable String market, String actor) {
		Optional<RetentionRun> stopped = this.jdbc
			.sql("select * from privacy_retention_runs where status = 'running' order by started_at limit 1")
			.query(this::run)
			.optional();
		if (stopped.isPresent()) {
			log.info("Resuming retention run {} that stopped half way", stopped.get().id());
			execute(stopped.get());
			if (Objects.equals(stopped.get().market(), market)) {
				return stopped.get().id();
			}
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into privacy_retention_runs (id, status, as_of, market, started_by, started_at)
				values (?, 'running', ?, ?, ?, ?)""")
			.params(id, Timestamp.from(now), market, actor, Timestamp.from(now))
			.update();
		this.audit.record(actor, "retention.run-started", "retention-run:" + id);
		execute(find(id).orElseThrow());
		return id;
	}

	private void execute(RetentionRun run) {
		try {
			Map<String, Map<RetainedKind, Integer>> markets = this.periods.markets();
			for (RetainedKind kind : RetainedKind.values()) {
				for (RetentionScope scope : scopes(kind, run.market(), markets)) {
					Instant cutoff = run.asOf()
						.minus(Duration.ofDays(this.periods.days(kind, scope.market(), markets)));
					int removed = 0;
					for (RetainedData holder : this.holders) {
						if (holder.kind() == kind) {
							removed += removeAll(run.id(), holder, scope, cutoff);
						}
					}
					if (removed > 0) {
						this.audit.record("system", "retention." + kind.key() + "-removed",
								"retention-run:" + run.id() + ":" + scope.label());
					}
				}
			}
			this.transaction.executeWithoutResult(status -> this.jdbc
				.sql("update privacy_retention_runs set status = 'done', finished_at = ? where id = ?")
				.params(Timestamp.from(this.clock.instant()), run.id())
				.update());
			this.audit.record("system", "retention.run-finished", "retention-run:" + run.id());
		}
		catch (RuntimeException ex) {
			log.warn("Retention run {} failed", run.id(), ex);
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			this.transaction.executeWithoutResult(status -> this.jdbc
				.sql("update privacy_retention_runs set status = 'failed', error = ?, finished_at = ? where id = ?")
				.params(reason.length() > 1000 ? reason.substring(0, 1000) : reason,
						Timestamp.from(this.clock.instant()), run.id())
				.update());
			this.audit.record("system", "retention.run-failed", "retention-run:" + run.id());
		}
	}

	/** Batch after batch, each committed with the run's count, until one comes short. */
	private int removeAll(UUID run, RetainedData holder, RetentionScope scope, Instant cutoff) {
		String key = holder.kind().key() + "." + scope.label();
		int batch = this.settings.batchSize();
		int total = 0;
		int removed;
		do {
			removed = Objects.requireNonNull(this.transaction.execute(status -> {
				int count = holder.removeOlderThan(scope, cutoff, batch);
				if (count > 0) {
					this.jdbc.sql("""
							update privacy_retention_runs
							set removed = removed || jsonb_build_object(?::text, coalesce((removed ->> ?)::int, 0) + ?)
							where id = ?""").params(key, key, count, run).update();
				}
				return count;
			}));
			total += removed;
		}
		while (removed >= batch);
		return total;
	}

	/**
	 * Each market with a period of its own for the kind, then the rest; only the one
	 * market when the run was asked for one; everything at once for a kind with one
	 * period.
	 */
	private static List<RetentionScope> scopes(RetainedKind kind, @Nullable String market,
			Map<String, Map<RetainedKind, Integer>> markets) {
		if (!kind.perMarket()) {
			return market == null ? List.of(RetentionScope.everything()) : List.of();
		}
		if (market != null) {
			return List.of(new RetentionScope(market, List.of()));
		}
		List<String> own = markets.entrySet()
			.stream()
			.filter(entry -> entry.getValue().containsKey(kind))
			.map(Map.Entry::getKey)
			.toList();
		List<RetentionScope> scopes = new ArrayList<>();
		own.forEach(code -> scopes.add(new RetentionScope(code, List.of())));
		scopes.add(new RetentionScope(null, own));
		return scopes;
	}

	Optional<RetentionRun> find(UUID id) {
		return this.jdbc.sql("select * from privacy_retention_runs where id = ?").param(id).query(this::run).optional();
	}

	/** The newest runs first. */
	List<RetentionRun> recent(int limit) {
		return this.jdbc.sql("select * from privacy_retention_runs order by started_at desc, id limit ?")
			.param(limit)
			.query(this::run)
			.list();
	}

	@SuppressWarnings("unchecked")
	private RetentionRun run(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RetentionRun(rs.getObject("id", UUID.class), rs.getString("status"),
				rs.getTimestamp("as_of").toInstant(), rs.getString("market"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				this.json.readValue(rs.getString("removed"), Map.class), rs.getString("error"));
	}

	private static boolean advisory(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, LOCK);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

}
