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
 * Writes events' contributions into {@code analytics_rollups}: one statement upserts the
 * UTC hour, UTC day and UTC month rows of the ticket's full dimensions and of the market
 * × language projection, adding counters and merging distributions.
 */
@Component
class Rollups {

	private static final String KEY = "grain, bucket, market, language, channel, team, agent, translated";

	private final JdbcTemplate jdbc;

	/** Statements by the shape of the delta: few shapes, built once. */
	private final Map<String, String> statements = new ConcurrentHashMap<>();

	Rollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(Instant at, Dims dims, Delta delta) {
		if (delta.isEmpty()) {
			return;
		}
		List<Delta.Counter> counters = List.copyOf(delta.counters.keySet());
		List<Delta.Distribution> distributions = List.copyOf(delta.buckets.keySet());
		String sql = this.statements.computeIfAbsent(counters + "|" + distributions,
				key -> statement(counters, distributions));
		Timestamp hour = Timestamp.from(at.truncatedTo(ChronoUnit.HOURS));
		Timestamp day = Timestamp.from(at.truncatedTo(ChronoUnit.DAYS));
		Timestamp month = Timestamp.from(at.atZone(java.time.ZoneOffset.UTC)
			.toLocalDate()
			.withDayOfMonth(1)
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant());
		List<Object> args = new ArrayList<>();
		for (boolean projection : new boolean[] { false, true }) {
			for (Object[] grain : new Object[][] { { "h", hour }, { "d", day }, { "m", month } }) {
				args.add(grain[0]);
				args.add(grain[1]);
				args.add(dims.market());
				args.add(dims.language());
				args.add(projection ? Dims.ALL : dims.channel());
				args.add(projection ? Dims.ALL : dims.team());
				args.add(projection ? Dims.ALL : dims.agent());
				args.add(projection ? Dims.ALL : dims.translatedKey());
				counters.forEach(counter -> args.add(delta.counters.get(counter)));
				distributions.forEach(distribution -> {
					args.add(delta.buckets.get(distribution));
					args.add(delta.signs.get(distribution));
				});
			}
		}
		this.jdbc.update(sql, args.toArray());
	}

	private static String statement(List<Delta.Counter> counters, List<Delta.Distribution> distributions) {
		StringJoiner columns = new StringJoiner(", ");
		columns.add(KEY);
		counters.forEach(counter -> columns.add(counter.column()));
		distributions.forEach(distribution -> columns.add(distribution.column()));
		StringJoiner row = new StringJoiner(", ", "(", ")");
		row.add("?").add("?").add("?").add("?").add("?").add("?").add("?").add("?");
		counters.forEach(counter -> row.add("?"));
		// one duration added (1) or taken back (-1): NULLs up to its bucket, then the
		// count
		distributions.forEach(distribution -> row.add("array_fill(null::int, array[?::int]) || ?::int"));
		StringJoiner updates = new StringJoiner(", ");
		counters.forEach(counter -> updates
			.add(counter.column() + " = r." + counter.column() + " + excluded." + counter.column()));
		distributions.forEach(distribution -> updates.add(distribution.column() + " = analytics_merge(r."
				+ distribution.column() + ", excluded." + distribution.column() + ")"));
		String rows = String.join(", ", java.util.Collections.nCopies(6, row.toString()));
		return "insert into analytics_rollups as r (" + columns + ") values " + rows + " on conflict (" + KEY
				+ ") do update set " + updates;
	}

}
