package dev.meridian.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.TimeZones;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A calendar as the admin screen's form sends it. The weekly hours come as three parallel
 * lists, one entry per row of the form (day, start, end), so rows can be added without
 * script: the form always offers {@link #SPARE_ROWS} empty rows, and empty rows are
 * skipped. Values stay as typed until {@link #parse()}, so a rejected form comes back as
 * it was.
 *
 * @param closures dates the calendar is closed, ISO dates separated by spaces, commas or
 * lines
 */
public record CalendarForm(@Nullable String zone, @Nullable List<String> day, @Nullable List<String> start,
		@Nullable List<String> end, @Nullable String country, @Nullable String subdivision, @Nullable String closures) {

	/** Empty rows under the filled ones: a week of one more interval a day. */
	static final int SPARE_ROWS = 7;

	/** One row of the weekly hours as typed. */
	public record Row(String day, String start, String end) {
	}

	/** What the form holds, parsed. */
	record Parts(BusinessSchedule schedule, @Nullable HolidayRegion region, List<LocalDate> closures) {
	}

	static CalendarForm of(BusinessSchedule schedule, @Nullable HolidayRegion region, List<LocalDate> closures) {
		List<OpenInterval> intervals = schedule.intervals();
		return new CalendarForm(schedule.zone().getId(), intervals.stream().map(i -> i.day().name()).toList(),
				intervals.stream().map(i -> i.start().toString()).toList(),
				intervals.stream().map(i -> i.end().toString()).toList(),
				region == null ? "" : region.country().value(),
				region == null || region.subdivision() == null ? "" : region.subdivision(),
				closures.stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
	}

	/** The rows to show: those sent (or stored), then the spare empty ones. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (!isEmpty(i)) {
				rows.add(new Row(at(this.day, i), at(this.start, i), at(this.end, i)));
			}
		}
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new Row("", "", ""));
		}
		return rows;
	}

	/**
	 * The calendar's parts, or an {@link InvalidValueException} naming the field at
	 * fault; a weekly interval's field is {@code weekly[row].start} with the row counted
	 * from 1, as the admin sees the rows.
	 */
	Parts parse() {
		ZoneId zoneId = TimeZones.parse("zone", this.zone == null ? "" : this.zone.strip());
		List<OpenInterval> intervals = new ArrayList<>();
		int row = 0;
		for (int i = 0; i < size(); i++) {
			if (isEmpty(i)) {
				continue;
			}
			row++;
			String at = BusinessSchedule.INTERVALS_FIELD + "[" + row + "]";
			if (at(this.day, i).isBlank()) {
				throw new InvalidValueException(at + ".day", "Row " + row + " needs a day");
			}
			DayOfWeek dayOfWeek = EnumValues.parse(at + ".day", at(this.day, i), DayOfWeek.class);
			intervals.add(new OpenInterval(dayOfWeek, time(at + ".start", at(this.start, i)),
					time(at + ".end", at(this.end, i))));
		}
		HolidayRegion region = null;
		if (this.country != null && !this.country.isBlank()) {
			region = new HolidayRegion(CountryCode.parse("country", this.country.strip()), this.subdivision);
		}
		return new Parts(new BusinessSchedule(zoneId, intervals), region, closureDates());
	}

	private List<LocalDate> closureDates() {
		if (this.closures == null || this.closures.isBlank()) {
			return List.of();
		}
		List<LocalDate> dates = new ArrayList<>();
		for (String text : Arrays.stream(this.closures.strip().split("[\\s,;]+")).toList()) {
			try {
				dates.add(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidValueException("closures", "'" + text + "' is not a date YYYY-MM-DD");
			}
		}
		return dates;
	}

	private static LocalTime time(String field, String value) {
		try {
			LocalTime time = LocalTime.parse(value.strip());
			// Browsers may send seconds; business time is counted in whole minutes.
			return time.withSecond(0).withNano(0);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a time HH:MM");
		}
	}

	private int size() {
		return Math.max(length(this.day), Math.max(length(this.start), length(this.end)));
	}

	private boolean isEmpty(int i) {
		return at(this.day, i).isBlank() && at(this.start, i).isBlank() && at(this.end, i).isBlank();
	}

	private static int length(@Nullable List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static String at(@Nullable List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

}
