package dev.meridian.agents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.NewTimeOff;
import org.jspecify.annotations.Nullable;

/**
 * Time off as clients send it: {@code firstDay}/{@code lastDay} (dates) or
 * {@code startsAt}/{@code endsAt} (instants with an offset).
 */
record TimeOffRequest(@Nullable String firstDay, @Nullable String lastDay, @Nullable String startsAt,
		@Nullable String endsAt, @Nullable String note) {

	NewTimeOff toTimeOff() {
		return new NewTimeOff(date("firstDay", this.firstDay), date("lastDay", this.lastDay),
				instant("startsAt", this.startsAt), instant("endsAt", this.endsAt), this.note);
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

	private static @Nullable Instant instant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field,
					"'" + value + "' is not an ISO-8601 instant with an offset, e.g. 2026-12-24T09:00:00+08:00");
		}
	}

}
