package dev.meridian.agents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.NewTimeOff;
import org.jspecify.annotations.Nullable;

/**
 * Time off as entered on a screen: whole days (first and last day), or a span whose ends
 * are wall-clock times in the viewer's zone (what {@code <input type=datetime-local>}
 * sends), so nobody has to work out an offset.
 */
record TimeOffForm(@Nullable String firstDay, @Nullable String lastDay, @Nullable String startsAt,
		@Nullable String endsAt, @Nullable String note) {

	static final TimeOffForm EMPTY = new TimeOffForm("", "", "", "", "");

	/**
	 * @throws InvalidValueException naming the field at fault
	 */
	NewTimeOff toTimeOff(ZoneId viewerZone) {
		return new NewTimeOff(date("firstDay", this.firstDay), date("lastDay", this.lastDay),
				instant("startsAt", this.startsAt, viewerZone), instant("endsAt", this.endsAt, viewerZone), this.note);
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date YYYY-MM-DD");
		}
	}

	private static @Nullable Instant instant(String field, @Nullable String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			// A wall time in a spring-forward gap moves to after it, as everywhere else.
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date and time YYYY-MM-DDTHH:MM");
		}
	}

}
