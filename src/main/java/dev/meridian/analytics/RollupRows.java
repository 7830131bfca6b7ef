package dev.meridian.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a report reads, as one SQL source {@code r} with its arguments: the rollup
 * rows of the segments covering the span (a column {@code sign} says whether to add or
 * subtract each), and the deltas not folded into them yet
 * ({@code analytics_pending_rollups}, shaped like hour rows with full dimensions). Both
 * are read in one statement, so one snapshot: a fold moves deltas into the rollups in one
 * transaction, and a report counts each exactly once whether it ran before or after.
 */
record RollupRows(String sql, List<Object> args) {

	static final String COLUMNS = "r.grain, r.bucket, r.market, r.language, r.channel, r.team, r.agent, "
			+ "r.translated, r.created, r.solved, r.reopened, r.one_touch, r.first_replies, r.sla_first_targets, "
			+ "r.sla_first_breached, r.sla_resolution_targets, r.sla_resolution_breached, r.bot_conversations, "
			+ "r.bot_answered, r.bot_handed_off, r.csat_responses, r.csat_satisfied, r.csat_score_sum, "
			+ "r.nps_responses, r.nps_promoters, r.nps_detractors, r.first_reply_minutes, r.first_reply_business, "
			+ "r.resolution_minutes, r.resolution_business";

	/**
	 * The rows covering {@code segments}, which span {@code from} to {@code to}, each
	 * with its segment's {@code sign}: what a report adds up is each row's figures times
	 * its sign.
	 */
	static RollupRows of(ReportQuery query, Segments segments, Instant from, Instant to) {
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("(");
		java.util.Map<Integer, List<Segments.Segment>> bySign = new java.util.TreeMap<>();
		segments.segments().forEach(s -> bySign.computeIfAbsent(s.sign(), k -> new ArrayList<>()).add(s));
		for (var signed : bySign.entrySet()) {
			sql.append("select ").append(signed.getKey()).append(" as sign, ").append(COLUMNS);
			sql.append(" from analytics_rollups r where ");
			// the smallest projection that holds every dimension the report needs
			sql.append(Projection.of(query).condition);
			sql.append(" and (");
			List<Segments.Segment> parts = signed.getValue();
			for (int i = 0; i < parts.size(); i++) {
				Segments.Segment segment = parts.get(i);
				sql.append(i == 0 ? "" : " or ").append("(r.grain = ? and r.bucket >= ? and r.bucket < ?)");
				args.add(segment.grain());
				args.add(Timestamp.from(segment.from()));
				args.add(Timestamp.from(segment.to()));
			}
			sql.append(")");
			filters(query, sql, args);
			sql.append(" union all ");
		}
		// pending deltas carry full dimensions, so they serve either kind of report
		sql.append("select 1 as sign, ")
			.append(COLUMNS)
			.append(" from analytics_pending_rollups r where r.bucket >= ? and r.bucket < ?");
		args.add(Timestamp.from(from));
		args.add(Timestamp.from(to));
		filters(query, sql, args);
		sql.append(") r");
		return new RollupRows(sql.toString(), List.copyOf(args));
	}

	private static void filters(ReportQuery query, StringBuilder sql, List<Object> args) {
		query.filters().forEach((dimension, value) -> {
			sql.append(" and r.").append(dimension.column()).append(" = ?");
			args.add(dimension == Dimension.TRANSLATED ? (Boolean.parseBoolean(value) ? "y" : "n") : value);
		});
	}

}
