package dev.meridian.analytics;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.analytics.internal.RollupRecomputation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics module's facade: report summaries and daily trends over the viewer's
 * days, read from the rollups alone, and the recomputation of the rollups from scratch.
 */
@Service
public class Reports {

	/** Backlog counts everything before the range's end; rollups start no earlier. */
	private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

	private final JdbcTemplate jdbc;

	private final RollupRecomputation recomputation;

	Reports(JdbcTemplate jdbc, RollupRecomputation recomputation) {
		this.jdbc = jdbc;
		this.recomputation = recomputation;
	}

	/**
	 * One row per key, sorted by tickets (most first), then key, with customer retention
	 * where the slicing allows it.
	 */
	@Transactional(readOnly = true)
	public List<ReportRow> summary(ReportQuery query) {
		return summary(query, true);
	}

	/**
	 * One row per key; retention only when asked: it reads customers, not rollups, a scan
	 * of every customer active in the period before the range (over a year of a million
	 * tickets, most of the summary's time).
	 */
	@Transactional(readOnly = true)
	public List<ReportRow> summary(ReportQuery query, boolean withRetention) {
		Instant start = Segments.start(query.from(), query.zone());
		Instant end = Segments.start(query.to().plusDays(1), query.zone());
		RollupRows rows = RollupRows.of(query, Segments.between(start, end), start, end);
		Map<String, Totals> totals = new LinkedHashMap<>();
		this.jdbc.query("select " + key(query.groupBy()) + " as key, r.* from " + rows.sql(), rs -> {
			totals.computeIfAbsent(rs.getString("key"), k -> new Totals()).add(rs);
		}, rows.args().toArray());
		// a key whose rows were all subtracted again (outside the range, inside a
		// month or day read whole) had none in the range
		totals.values().removeIf(Totals::isEmpty);
		RollupRows before = RollupRows.of(query, Segments.between(BEGINNING, end), BEGINNING, end);
		Map<String, Long> backlog = new TreeMap<>();
		this.jdbc.query("select " + key(query.groupBy())
				+ " as key, sum(r.sign * (created + reopened - solved)) as open from " + before.sql() + " group by 1",
				rs -> {
					backlog.put(rs.getString("key"), rs.getLong("open"));
				}, before.args().toArray());
		backlog.forEach((key, open) -> {
			if (open != 0) {
				totals.computeIfAbsent(key, k -> new Totals());
			}
		});
		boolean retained = withRetention && query.fitsProjection();
		Map<String, ReportRow.Retention> retention = retained
				? CustomerRetention.of(this.jdbc, query, key(query.groupBy())) : Map.of();
		retention.keySet().forEach(key -> totals.computeIfAbsent(key, k -> new Totals()));
		return totals.entrySet()
			.stream()
			.map(e -> e.getValue()
				.row(e.getKey(), backlog.getOrDefault(e.getKey(), 0L),
						retained ? retention.getOrDefault(e.getKey(), new ReportRow.Retention(0, 0, null)) : null))
			.sorted(java.util.Comparator.comparingLong(ReportRow::tickets).reversed().thenComparing(ReportRow::key))
			.toList();
	}

	/** Every day of the range in the viewer's zone, days without traffic included. */
	@Transactional(readOnly = true)
	public List<TrendDay> trend(ReportQuery query) {
		ZoneId zone = query.zone();
		Instant start = Segments.start(query.from(), zone);
		Instant end = Segments.start(query.to().plusDays(1), zone);
		RollupRows rows = RollupRows.of(query, new Segments(List.of(new Segments.Segment("h", start, end))), start,
				end);
		Map<LocalDate, long[]> days = new TreeMap<>();
		for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
			days.put(day, new long[4]);
		}
		this.jdbc.query("""
				select bucket, sum(created) c, sum(solved) s, sum(csat_responses) cr, sum(csat_satisfied) cs
				from %s group by bucket
				""".formatted(rows.sql()), rs -> {
			// an hour belongs to the viewer's day its start falls in (rounded to the
			// hour)
			Instant hour = rs.getTimestamp("bucket").toInstant();
			LocalDate day = hour.plusSeconds(59 * 60).atZone(zone).toLocalDate();
			long[] sums = days.get(day);
			if (sums != null) {
				sums[0] += rs.getLong("c");
				sums[1] += rs.getLong("s");
				sums[2] += rs.getLong("cr");
				sums[3] += rs.getLong("cs");
			}
		}, rows.args().toArray());
		return days.entrySet()
			.stream()
			.map(e -> new TrendDay(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
					share(e.getValue()[3], e.getValue()[2])))
			.toList();
	}

	/** Empties the rollups and rolls every ticket and survey answer up again. */
	public RecomputedRollups recompute() {
		return this.recomputation.run();
	}

	private static String key(Dimension groupBy) {
		return switch (groupBy) {
			case TRANSLATED -> "case r.translated when 'y' then 'translated' else 'native' end";
			default -> "coalesce(nullif(r." + groupBy.column() + ", ''), 'none')";
		};
	}

	static @Nullable Double share(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

	/** Adds up one key's rows. */
	private static final class Totals {

		final Map<String, Long> sums = new TreeMap<>();

		final Durations firstReply = new Durations();

		final Durations firstReplyBusiness = new Durations();

		final Durations resolution = new Durations();

		final Durations resolutionBusiness = new Durations();

		private static final String[] COUNTERS = { "created", "solved", "reopened", "one_touch", "first_replies",
				"sla_first_targets", "sla_first_breached", "sla_resolution_targets", "sla_resolution_breached",
				"bot_conversations", "bot_answered", "bot_handed_off", "csat_responses", "csat_satisfied",
				"csat_score_sum", "nps_responses", "nps_promoters", "nps_detractors" };

		/**
		 * Whether any row added up to something: a key seen only in rows subtracted is
		 * not.
		 */
		boolean isEmpty() {
			return this.sums.values().stream().allMatch(sum -> sum == 0) && this.firstReply.count() == 0
					&& this.firstReplyBusiness.count() == 0 && this.resolution.count() == 0
					&& this.resolutionBusiness.count() == 0;
		}

		void add(ResultSet rs) throws SQLException {
			int sign = rs.getInt("sign");
			for (String counter : COUNTERS) {
				this.sums.merge(counter, sign * rs.getLong(counter), Long::sum);
			}
			merge(this.firstReply, rs.getArray("first_reply_minutes"), sign);
			merge(this.firstReplyBusiness, rs.getArray("first_reply_business"), sign);
			merge(this.resolution, rs.getArray("resolution_minutes"), sign);
			merge(this.resolutionBusiness, rs.getArray("resolution_business"), sign);
		}

		private static void merge(Durations into, @Nullable Array stored, int sign) throws SQLException {
			if (stored != null) {
				into.merge((Integer[]) stored.getArray(), sign);
			}
		}

		long get(String counter) {
			return this.sums.getOrDefault(counter, 0L);
		}

		ReportRow row(String key, long backlog, ReportRow.@Nullable Retention retention) {
			long firstTargets = get("sla_first_targets");
			long resolutionTargets = get("sla_resolution_targets");
			long targets = firstTargets + resolutionTargets;
			long breached = get("sla_first_breached") + get("sla_resolution_breached");
			long csat = get("csat_responses");
			long nps = get("nps_responses");
			Double npsScore = nps == 0 ? null : 100.0 * (get("nps_promoters") - get("nps_detractors")) / nps;
			Durations.Summary first = Durations.Summary.of(this.firstReply, this.firstReplyBusiness);
			Durations.Summary resolved = Durations.Summary.of(this.resolution, this.resolutionBusiness);
			return new ReportRow(key, get("created"), get("solved"), backlog, first.medianMinutes(),
					resolved.medianMinutes(), share(targets - breached, targets),
					new ReportRow.Csat(csat, share(get("csat_satisfied"), csat),
							csat == 0 ? null : (double) get("csat_score_sum") / csat),
					new ReportRow.Nps(nps, npsScore, get("nps_promoters"), get("nps_detractors")), first, resolved,
					get("reopened"), share(get("reopened"), get("solved")), get("one_touch"),
					share(get("one_touch"), get("solved")),
					new ReportRow.Sla(firstTargets, share(firstTargets - get("sla_first_breached"), firstTargets),
							resolutionTargets,
							share(resolutionTargets - get("sla_resolution_breached"), resolutionTargets)),
					new ReportRow.Bot(get("bot_conversations"), get("bot_answered"), get("bot_handed_off")), retention);
		}

	}

}
