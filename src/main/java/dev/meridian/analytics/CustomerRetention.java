package dev.meridian.analytics;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention per key: of the customers with a ticket or an order in the period just before
 * a report's range (as many of the viewer's days), the share with one in the range. Each
 * customer counts once, under the market and language of their last activity in that
 * period. Read from {@code analytics_customer_activity} (customers seen per UTC hour, by
 * market and language, each row linked to the customer's next active hour), so it is
 * given when a report slices and filters by market and language only: a customer's last
 * rows before the range are those whose next hour is in the range or later, and they came
 * back if that next hour is before its end; a customer has one such row (see
 * {@code ActivityLinks}), so rows are counted, not distinct customers. One range scan of
 * the previous period, whatever its length. Links are made in the background
 * ({@code ActivityLinks}): a customer who came back in the last second may not count as
 * returned yet.
 */
final class CustomerRetention {

	private CustomerRetention() {
	}

	static Map<String, ReportRow.Retention> of(JdbcTemplate jdbc, ReportQuery query, String key) {
		Instant previousStart = Segments.start(query.retentionFrom(), query.zone());
		Instant start = Segments.start(query.from(), query.zone());
		Instant end = Segments.start(query.to().plusDays(1), query.zone());
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(end));
		args.add(Timestamp.from(previousStart));
		args.add(Timestamp.from(start));
		args.add(Timestamp.from(start));
		StringBuilder filters = new StringBuilder();
		query.filters().forEach((dimension, value) -> {
			filters.append(" and r.").append(dimension.column()).append(" = ?");
			args.add(value);
		});
		String sql = """
				select %s as key, count(*) as customers, count(*) filter (where r.next_hour < ?) as returned
				from analytics_customer_activity r
				where r.hour >= ? and r.hour < ? and (r.next_hour is null or r.next_hour >= ?)%s
				group by 1
				""".formatted(key, filters);
		Map<String, ReportRow.Retention> figures = new TreeMap<>();
		jdbc.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			// Planned for its own range each time: the driver's fifth run of a statement
			// makes it a named one, whose plan PostgreSQL may then keep for any range,
			// and
			// the plan it kept, without the range's size to go by, read a year's rows
			// through the primary key one by one (a third slower than the scan of the
			// range's pages).
			statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			for (int i = 0; i < args.size(); i++) {
				statement.setObject(i + 1, args.get(i));
			}
			return statement;
		}, rs -> {
			long customers = rs.getLong("customers");
			long returned = rs.getLong("returned");
			figures.put(rs.getString("key"),
					new ReportRow.Retention(customers, returned, Reports.share(returned, customers)));
		});
		return figures;
	}

}
