package dev.meridian.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records events' contributions to the rollups: one row appended to
 * {@code analytics_rollup_deltas} in the event's own transaction, in the UTC hour it
 * counts in and under the ticket's dimensions. Appending touches no row another event
 * touches, so it never waits for a lock; {@link RollupFold} moves the deltas into
 * {@code analytics_rollups} in batches, and reports read what is not folded yet from the
 * {@code analytics_pending_rollups} view.
 */
@Component
class Rollups {

	private static final String DIMENSIONS = "hour, market, language, channel, team, agent, translated";

	private final JdbcTemplate jdbc;

	/** Statements by the shape of the delta: few shapes, built once. */
	private final Map<String, String> statements = new ConcurrentHashMap<>();

	Rollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends the delta's row to the event's writes (nothing when it is empty). */
	void add(EventWrites writes, Instant at, Dims dims, Delta delta) {
		if (delta.isEmpty()) {
			return;
		}
		List<Delta.Counter> counters = List.copyOf(delta.counters.keySet());
		List<Delta.Distribution> distributions = List.copyOf(delta.buckets.keySet());
		String sql = this.statements.computeIfAbsent(counters + "|" + distributions,
				key -> statement(counters, distributions));
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(at.truncatedTo(ChronoUnit.HOURS)));
		args.add(dims.market());
		args.add(dims.language());
		args.add(dims.channel());
		args.add(dims.team());
		args.add(dims.agent());
		args.add(dims.translatedKey());
		counters.forEach(counter -> args.add(delta.counters.get(counter)));
		distributions
			.forEach(distribution -> args.add(delta.signs.get(distribution) * (delta.buckets.get(distribution) + 1)));
		writes.add(sql, args);
	}

	/** A delta row written at once, in a statement of its own. */
	void add(Instant at, Dims dims, Delta delta) {
		EventWrites writes = new EventWrites();
		add(writes, at, dims, delta);
		writes.run(this.jdbc);
	}

	private static String statement(List<Delta.Counter> counters, List<Delta.Distribution> distributions) {
		StringJoiner columns = new StringJoiner(", ");
		columns.add(DIMENSIONS);
		counters.forEach(counter -> columns.add(counter.column()));
		distributions.forEach(distribution -> columns.add(distribution.column()));
		StringJoiner values = new StringJoiner(", ", "(", ")");
		for (int i = 0; i < 7 + counters.size() + distributions.size(); i++) {
			values.add("?");
		}
		return "insert into analytics_rollup_deltas (" + columns + ") values " + values;
	}

}
