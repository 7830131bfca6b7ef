package dev.meridian.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention per key: of the customers with a ticket or an order in the period just before
 * a report's range (as many of the viewer's days), the share with one in the range. Read
 * from {@code analytics_customer_activity} (customers seen per UTC hour, by market and
 * language), so it is given when a report slices and filters by market and language only.
 */
final class CustomerRetention {

	private CustomerRetention() {
	}

	static Map<String, ReportRow.Retention> of(JdbcTemplate jdbc, ReportQuery query, String key) {
		Instant previousStart = Segments.start(query.retentionFrom(), query.zone());
		Instant start = Segments.start(query.from(), query.zone());
		Instant end = Segments.start(query.to().plusDays(1), query.zone());
		List<Object> args = new ArrayList<>();
		String previous = period(query, previousStart, start, args);
		String current = period(query, start, end, args);
		Map<String, ReportRow.Retention> figures = new TreeMap<>();
		jdbc.query("""
				with previous as (select distinct %s as key, r.customer_id from analytics_customer_activity r where %s),
				     current as (select distinct r.customer_id from analytics_customer_activity r where %s)
				select p.key, count(*) as customers, count(c.customer_id) as returned
				from previous p left join current c on c.customer_id = p.customer_id
				group by p.key
				""".formatted(key, previous, current), rs -> {
			long customers = rs.getLong("customers");
			long returned = rs.getLong("returned");
			figures.put(rs.getString("key"),
					new ReportRow.Retention(customers, returned, Reports.share(returned, customers)));
		}, args.toArray());
		return figures;
	}

	private static String period(ReportQuery query, Instant from, Instant to, List<Object> args) {
		StringBuilder sql = new StringBuilder("r.hour >= ? and r.hour < ?");
		args.add(Timestamp.from(from));
		args.add(Timestamp.from(to));
		query.filters().forEach((dimension, value) -> {
			sql.append(" and r.").append(dimension.column()).append(" = ?");
			args.add(value);
		});
		return sql.toString();
	}

}
