package dev.meridian.agents.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AvailabilitySettings;
import dev.meridian.agents.Capacity;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * An agent's availability as clients send it. Values are read as text and parsed here, so
 * an error names the exact field: {@code shifts[2].end}.
 */
record AvailabilityRequest(@Nullable List<Shift> shifts, @Nullable Region holidayRegion,
		@Nullable CapacityRequest capacity) {

	/** A week has at most this many shifts; more is a mistake in a script. */
	private static final int MAX_SHIFTS = 100;

	record Shift(@Nullable String day, @Nullable String start, @Nullable String end) {
	}

	record Region(@Nullable String country, @Nullable String subdivision) {
	}

	record CapacityRequest(@Nullable Integer maxOpenTickets, @Nullable Integer maxConcurrentChats) {
	}

	AvailabilitySettings toSettings() {
		HolidayRegion region = null;
		if (this.holidayRegion != null && this.holidayRegion.country() != null) {
			region = new HolidayRegion(CountryCode.parse("holidayRegion.country", this.holidayRegion.country()),
					this.holidayRegion.subdivision());
		}
		Capacity capacity = this.capacity == null ? Capacity.DEFAULT
				: new Capacity(
						this.capacity.maxOpenTickets() == null ? Capacity.DEFAULT.maxOpenTickets()
								: this.capacity.maxOpenTickets(),
						this.capacity.maxConcurrentChats() == null ? Capacity.DEFAULT.maxConcurrentChats()
								: this.capacity.maxConcurrentChats());
		return new AvailabilitySettings(intervals(), region, capacity);
	}

	private List<OpenInterval> intervals() {
		if (this.shifts == null) {
			throw new InvalidValueException("shifts", "Availability needs its weekly shifts (may be empty)");
		}
		if (this.shifts.size() > MAX_SHIFTS) {
			throw new InvalidValueException("shifts", "At most " + MAX_SHIFTS + " shifts a week");
		}
		List<OpenInterval> intervals = new ArrayList<>();
		for (int i = 0; i < this.shifts.size(); i++) {
			Shift shift = this.shifts.get(i);
			String at = "shifts[" + i + "]";
			if (shift == null) {
				throw new InvalidValueException(at, "A shift needs day, start and end");
			}
			intervals.add(new OpenInterval(EnumValues.parse(at + ".day", shift.day(), DayOfWeek.class),
					time(at + ".start", shift.start()), time(at + ".end", shift.end())));
		}
		return intervals;
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

}
