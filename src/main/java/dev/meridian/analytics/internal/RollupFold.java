package dev.meridian.analytics.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.meridian.analytics.internal.Delta.Counter;
import dev.meridian.analytics.internal.Delta.Distribution;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the appended deltas into {@code analytics_rollups}: takes a batch (deleting it),
 * adds it up per rollup row ({@link FoldedRows}) and upserts those rows, all in one
 * transaction, so a delta is counted either in the view of pending deltas or in the
 * rollups, never in both and never in neither. One node folds at a time (a
 * transaction-scoped advisory lock; the others skip the round). Each batch is timed
 * ({@code meridian.analytics.fold}) and its deltas counted
 * ({@code meridian.analytics.folded.deltas}): their ratio is the fold's cost per event.
 */
@Component
class RollupFold {

	static final int BATCH = 5_000;

	/** "AFLD": keeps this apart from the recomputation's lock. */
	private static final long LOCK = 0x41464C44L;

	private static final String KEY = "grain, bucket, market, language, channel, team, agent, translated";

	private static final String UPSERT = upsert();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Timer timer;

	private final io.micrometer.core.instrument.Counter folded;

	RollupFold(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.timer = Timer.builder("meridian.analytics.fold")
			.description("Folding one batch of rollup deltas into the rollups")
			.register(meters);
		this.folded = io.micrometer.core.instrument.Counter.builder("meridian.analytics.folded.deltas")
			.description("Rollup deltas folded into the rollups")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${meridian.analytics.fold-interval:1s}", initialDelayString = "2s")
	void foldPending() {
		while (foldBatch() == BATCH) {
			// a full batch: there may be more waiting
		}
	}

	/** Folds up to {@link #BATCH} deltas, oldest first; the number folded. */
	int foldBatch() {
		Integer done = this.transactions.execute(status -> {
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
				return 0;
			}
			long started = System.nanoTime();
			FoldedRows rows = take();
			if (rows.deltas() > 0) {
				write(rows.rows());
				this.timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
				this.folded.increment(rows.deltas());
			}
			return rows.deltas();
		});
		return done == null ? 0 : done;
	}

	private FoldedRows take() {
		FoldedRows rows = new FoldedRows();
		Counter[] counters = Counter.values();
		Distribution[] distributions = Distribution.values();
		this.jdbc.query("""
				delete from analytics_rollup_deltas
				where id in (select id from analytics_rollup_deltas order by id limit ?)
				returning *
				""", rs -> {
			long[] sums = new long[counters.length];
			for (Counter counter : counters) {
				sums[counter.ordinal()] = rs.getLong(counter.column());
			}
			int[] buckets = new int[distributions.length];
			for (Distribution distribution : distributions) {
				buckets[distribution.ordinal()] = rs.getInt(distribution.column());
			}
			rows.add(rs.getTimestamp("hour").toInstant(),
					new Dims(rs.getString("market"), rs.getString("language"), rs.getString("channel"),
							rs.getString("team"), rs.getString("agent"), "y".equals(rs.getString("translated"))),
					sums, buckets);
		}, BATCH);
		return rows;
	}

	private void write(Map<FoldedRows.Key, FoldedRows.Sums> rows) {
		List<Map.Entry<FoldedRows.Key, FoldedRows.Sums>> entries = new ArrayList<>(rows.entrySet());
		this.jdbc.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				FoldedRows.Key key = entries.get(i).getKey();
				FoldedRows.Sums sums = entries.get(i).getValue();
				int p = 1;
				ps.setString(p++, key.grain());
				ps.setTimestamp(p++, Timestamp.from(key.bucket()));
				ps.setString(p++, key.market());
				ps.setString(p++, key.language());
				ps.setString(p++, key.channel());
				ps.setString(p++, key.team());
				ps.setString(p++, key.agent());
				ps.setString(p++, key.translated());
				for (long sum : sums.counters) {
					ps.setInt(p++, Math.toIntExact(sum));
				}
				for (Distribution distribution : Distribution.values()) {
					Integer[] stored = sums.distribution(distribution);
					if (stored == null) {
						ps.setNull(p++, Types.ARRAY);
					}
					else {
						ps.setArray(p++, ps.getConnection().createArrayOf("integer", stored));
					}
				}
			}

			@Override
			public int getBatchSize() {
				return entries.size();
			}

		});
	}

	private static String upsert() {
		StringJoiner columns = new StringJoiner(", ");
		columns.add(KEY);
		StringJoiner updates = new StringJoiner(", ");
		for (Counter counter : Counter.values()) {
			columns.add(counter.column());
			updates.add(counter.column() + " = r." + counter.column() + " + excluded." + counter.column());
		}
		for (Distribution distribution : Distribution.values()) {
			columns.add(distribution.column());
			updates.add(distribution.column() + " = analytics_merge(r." + distribution.column() + ", excluded."
					+ distribution.column() + ")");
		}
		int parameters = 8 + Counter.values().length + Distribution.values().length;
		return "insert into analytics_rollups as r (" + columns + ") values ("
				+ String.join(", ", java.util.Collections.nCopies(parameters, "?")) + ") on conflict (" + KEY
				+ ") do update set " + updates;
	}

}
