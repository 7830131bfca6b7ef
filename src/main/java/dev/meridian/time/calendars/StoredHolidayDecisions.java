package dev.meridian.time.calendars;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import dev.meridian.time.HolidayDecision;
import dev.meridian.time.HolidayRegion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admins' decisions on holidays, one per region and listed date: deciding again
 * replaces the earlier decision.
 */
@Repository
public class StoredHolidayDecisions {

	private final JdbcClient jdbc;

	StoredHolidayDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The decisions on a region's holidays that the data lists in a year. */
	public List<HolidayDecision> find(HolidayRegion region, int year) {
		return this.jdbc.sql("""
				select listed_date, decided_date, decided_at, decided_by from holiday_decisions
				where region = ? and listed_date between ? and ? order by listed_date""")
			.params(region.toString(), Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> new HolidayDecision(region, rs.getDate("listed_date").toLocalDate(),
					rs.getDate("decided_date").toLocalDate(), rs.getTimestamp("decided_at").toInstant(),
					rs.getString("decided_by")))
			.list();
	}

	public void save(HolidayDecision decision) {
		this.jdbc.sql("""
				insert into holiday_decisions (region, listed_date, decided_date, decided_at, decided_by)
				values (?, ?, ?, ?, ?)
				on conflict (region, listed_date) do update set decided_date = excluded.decided_date,
				    decided_at = excluded.decided_at, decided_by = excluded.decided_by""")
			.params(decision.region().toString(), Date.valueOf(decision.listedDate()), Date.valueOf(decision.date()),
					Timestamp.from(decision.decidedAt()), decision.decidedBy())
			.update();
	}

}
