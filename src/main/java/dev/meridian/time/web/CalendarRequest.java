package dev.meridian.time.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.TimeZones;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OneOffOpening;
import dev.meridian.time.OpenInterval;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar as clients send it. Every value is read as text and parsed here, so
 * an error names the exact field: {@code calendar.weekly[2].end}.
 */
record CalendarRequest(@Nullable String zone, @Nullable List<Interval> weekly, @Nullable Region holidays,
		@Nullable List<String> closures, @Nullable List<Opening> openings) {

	private static final String FIELD = "calendar";

	/** Closures and openings a request may list; a calendar is not a database. */
	private static final int MAX_DATES = 1000;

	record Interval(@Nullable String day, @Nullable String start, @Nullable String end) {
	}

	record Region(@Nullable String country, @Nullable String subdivision) {
	}

	record Opening(@Nullable String date, @Nullable String start, @Nullable String end) {
	}

	/** The calendar's parts, parsed and checked one by one. */
	record Parts(BusinessSchedule schedule, @Nullable HolidayRegion region, List<LocalDate> closures,
			List<OneOffOpening> openings) {
	}

	BusinessCalendar toCalendar(CalendarManagement calendars) {
		Parts parts = parse(FIELD);
		return withFieldsUnder(FIELD,
				() -> calendars.calendar(parts.schedule(), parts.region(), parts.closures(), parts.openings()));
	}

	/**
	 * Reads the calendar with error fields named under {@code prefix} ({@code ""} when
	 * the calendar is the whole request body).
	 */
	Parts parse(String prefix) {
		BusinessSchedule schedule = new BusinessSchedule(TimeZones.parse(field(prefix, "zone"), this.zone),
				intervals(prefix));
		HolidayRegion region = null;
		if (this.holidays != null) {
			region = new HolidayRegion(CountryCode.parse(field(prefix, "holidays.country"), this.holidays.country()),
					this.holidays.subdivision());
		}
		return new Parts(schedule, region, closureDates(prefix), oneOffOpenings(prefix));
	}

	/**
	 * Runs a calendar rule, renaming the field of its error: the rules name fields as the
	 * domain does, the client sent them under {@code prefix}.
	 */
	static <T> T withFieldsUnder(String prefix, java.util.function.Supplier<T> rule) {
		try {
			return rule.get();
		}
		catch (InvalidValueException ex) {
			String field = !prefix.isEmpty() && ex.field().startsWith(prefix + ".") ? ex.field() : switch (ex.field()) {
				case "country", "subdivision" -> field(prefix, "holidays." + ex.field());
				default -> field(prefix, ex.field());
			};
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	private static String field(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + "." + name;
	}

	private List<OpenInterval> intervals(String prefix) {
		String field = field(prefix, BusinessSchedule.INTERVALS_FIELD);
		if (this.weekly == null) {
			throw new InvalidValueException(field, "A calendar needs its weekly open intervals (may be empty)");
		}
		List<OpenInterval> intervals = new ArrayList<>();
		for (int i = 0; i < this.weekly.size(); i++) {
			Interval interval = this.weekly.get(i);
			String at = field + "[" + i + "]";
			if (interval == null) {
				throw new InvalidValueException(at, "An open interval needs day, start and end");
			}
			DayOfWeek day = EnumValues.parse(at + ".day", interval.day(), DayOfWeek.class);
			intervals
				.add(new OpenInterval(day, time(at + ".start", interval.start()), time(at + ".end", interval.end())));
		}
		try {
			return List.copyOf(new BusinessSchedule(java.time.ZoneOffset.UTC, intervals).intervals());
		}
		catch (InvalidValueException ex) {
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	private List<LocalDate> closureDates(String prefix) {
		List<String> dates = this.closures == null ? List.of() : this.closures;
		if (dates.size() > MAX_DATES) {
			throw new InvalidValueException(field(prefix, "closures"), "At most " + MAX_DATES + " closures");
		}
		List<LocalDate> parsed = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			parsed.add(date(field(prefix, "closures[" + i + "]"), dates.get(i)));
		}
		return parsed;
	}

	private List<OneOffOpening> oneOffOpenings(String prefix) {
		List<Opening> requested = this.openings == null ? List.of() : this.openings;
		if (requested.size() > MAX_DATES) {
			throw new InvalidValueException(field(prefix, "openings"), "At most " + MAX_DATES + " openings");
		}
		List<OneOffOpening> parsed = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			String at = field(prefix, "openings[" + i + "]");
			Opening opening = requested.get(i);
			if (opening == null) {
				throw new InvalidValueException(at, "An opening needs date, start and end");
			}
			try {
				parsed.add(new OneOffOpening(date(at + ".date", opening.date()), time(at + ".start", opening.start()),
						time(at + ".end", opening.end())));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValueException(at + ".end", ex.getMessage());
			}
		}
		return parsed;
	}

	static LocalTime time(String field, @Nullable String value) {
		if (value == null || !value.strip().matches("\\d{2}:\\d{2}")) {
			throw new InvalidValueException(field, "'" + value + "' is not a wall-clock time HH:MM (00:00 to 23:59)");
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a wall-clock time HH:MM (00:00 to 23:59)");
		}
	}

	static LocalDate date(String field, @Nullable String value) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date YYYY-MM-DD");
		}
	}

	static Instant instant(String field, @Nullable String value) {
		String text = value == null ? "" : value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field,
					"'" + value + "' is not an ISO-8601 instant with an offset, e.g. 2026-03-20T03:00:00+09:00");
		}
	}

}
