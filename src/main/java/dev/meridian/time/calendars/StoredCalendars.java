package dev.meridian.time.calendars;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.CalendarDefinition;
import dev.meridian.time.CalendarOwner;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OneOffOpening;
import dev.meridian.time.OpenInterval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendars of markets and teams. Intervals and openings are stored as short text
 * ({@code MONDAY 09:00 17:00}, {@code 2026-12-24 09:00 12:00}) so they read plainly in
 * SQL and need no JSON mapping.
 */
@Repository
public class StoredCalendars {

	private final JdbcClient jdbc;

	StoredCalendars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CalendarDefinition> find(CalendarOwner owner) {
		return this.jdbc.sql("""
				select zone, weekly, holiday_country, holiday_subdivision, closures, openings, updated_at
				from business_calendars where owner_kind = ? and owner_key = ?""")
			.params(owner.kind().name(), owner.key())
			.query((rs, n) -> read(owner, rs))
			.optional();
	}

	public void save(CalendarDefinition calendar) {
		HolidayRegion region = calendar.holidays();
		this.jdbc.sql("""
				insert into business_calendars (owner_kind, owner_key, zone, weekly, holiday_country,
				                                holiday_subdivision, closures, openings, updated_at)
				values (?, ?, ?, ?::varchar[], ?, ?, ?::date[], ?::varchar[], ?)
				on conflict (owner_kind, owner_key) do update set zone = excluded.zone, weekly = excluded.weekly,
				    holiday_country = excluded.holiday_country, holiday_subdivision = excluded.holiday_subdivision,
				    closures = excluded.closures, openings = excluded.openings, updated_at = excluded.updated_at""")
			.params(calendar.owner().kind().name(), calendar.owner().key(), calendar.schedule().zone().getId(),
					calendar.schedule().intervals().stream().map(StoredCalendars::write).toArray(String[]::new),
					region == null ? null : region.country().value(), region == null ? null : region.subdivision(),
					calendar.closures().stream().map(LocalDate::toString).toArray(String[]::new),
					calendar.openings().stream().map(StoredCalendars::write).toArray(String[]::new),
					Timestamp.from(calendar.updatedAt()))
			.update();
	}

	public boolean delete(CalendarOwner owner) {
		return this.jdbc.sql("delete from business_calendars where owner_kind = ? and owner_key = ?")
			.params(owner.kind().name(), owner.key())
			.update() == 1;
	}

	private static CalendarDefinition read(CalendarOwner owner, ResultSet rs) throws SQLException {
		List<OpenInterval> weekly = new ArrayList<>();
		for (String interval : strings(rs.getArray("weekly"))) {
			String[] parts = interval.split(" ");
			weekly.add(new OpenInterval(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]),
					LocalTime.parse(parts[2])));
		}
		List<OneOffOpening> openings = new ArrayList<>();
		for (String opening : strings(rs.getArray("openings"))) {
			String[] parts = opening.split(" ");
			openings.add(
					new OneOffOpening(LocalDate.parse(parts[0]), LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
		}
		List<LocalDate> closures = new ArrayList<>();
		for (Object date : (Object[]) rs.getArray("closures").getArray()) {
			closures.add(((java.sql.Date) date).toLocalDate());
		}
		String country = rs.getString("holiday_country");
		HolidayRegion region = country == null ? null
				: new HolidayRegion(new CountryCode(country), rs.getString("holiday_subdivision"));
		return new CalendarDefinition(owner, new BusinessSchedule(ZoneId.of(rs.getString("zone")), weekly), region,
				closures, openings, rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static String write(OpenInterval interval) {
		return interval.day() + " " + interval.start() + " " + interval.end();
	}

	private static String write(OneOffOpening opening) {
		return opening.date() + " " + opening.start() + " " + opening.end();
	}

}
