package dev.meridian.agents.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentAvailability;
import dev.meridian.agents.AvailabilitySettings;
import dev.meridian.agents.Capacity;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * The supervisor's availability form as posted: everything is text, so what was entered
 * can be shown again unchanged beside the error it caused. Shift rows are numbered like
 * the API's ({@code shifts[2].end}), so an error names the row.
 */
record AvailabilityForm(@Nullable List<@Nullable ShiftRow> shifts, @Nullable String country,
		@Nullable String subdivision, @Nullable String maxOpenTickets, @Nullable String maxConcurrentChats) {

	/** Empty rows offered below the shifts, so several can be added without a script. */
	static final int BLANK_ROWS = 7;

	record ShiftRow(@Nullable String day, @Nullable String start, @Nullable String end) {

		static final ShiftRow BLANK = new ShiftRow("", "", "");

		boolean isBlank() {
			return isEmpty(this.day) && isEmpty(this.start) && isEmpty(this.end);
		}

	}

	static AvailabilityForm of(AgentAvailability availability) {
		Stream<ShiftRow> stored = availability.shifts()
			.stream()
			.map(shift -> new ShiftRow(shift.day().name(), shift.start().toString(), shift.end().toString()));
		Capacity capacity = availability.capacity();
		return new AvailabilityForm(
				Stream.concat(stored, Stream.generate(() -> ShiftRow.BLANK).limit(BLANK_ROWS)).toList(),
				availability.holidayRegion().map(region -> region.country().value()).orElse(""),
				availability.holidayRegion().map(HolidayRegion::subdivision).orElse(""),
				Integer.toString(capacity.maxOpenTickets()), Integer.toString(capacity.maxConcurrentChats()));
	}

	/** The rows to show: what was posted (gaps in the numbering closed), never none. */
	List<ShiftRow> rows() {
		List<ShiftRow> rows = this.shifts == null ? new ArrayList<>()
				: new ArrayList<>(this.shifts.stream().map(row -> row == null ? ShiftRow.BLANK : row).toList());
		if (rows.stream().allMatch(ShiftRow::isBlank) && rows.size() < BLANK_ROWS) {
			while (rows.size() < BLANK_ROWS) {
				rows.add(ShiftRow.BLANK);
			}
		}
		return rows;
	}

	/**
	 * The settings, checked field by field; blank rows are left out.
	 * @throws InvalidValueException naming the field at fault
	 */
	AvailabilitySettings toSettings() {
		List<ShiftRow> rows = rows();
		List<OpenInterval> intervals = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ShiftRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String at = "shifts[" + i + "]";
			intervals.add(new OpenInterval(EnumValues.parse(at + ".day", String.valueOf(row.day()), DayOfWeek.class),
					AvailabilityRequest.time(at + ".start", row.start()),
					AvailabilityRequest.time(at + ".end", row.end())));
		}
		HolidayRegion region = null;
		if (!isEmpty(this.country)) {
			region = new HolidayRegion(CountryCode.parse("holidayRegion.country", this.country),
					blankToNull(this.subdivision));
		}
		else if (!isEmpty(this.subdivision)) {
			throw new InvalidValueException("holidayRegion.country", "A subdivision needs its country");
		}
		return new AvailabilitySettings(intervals, region,
				new Capacity(number("capacity.maxOpenTickets", this.maxOpenTickets),
						number("capacity.maxConcurrentChats", this.maxConcurrentChats)));
	}

	private static int number(String field, @Nullable String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a whole number");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return isEmpty(value) ? null : value.strip();
	}

	private static boolean isEmpty(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
