package dev.meridian.commerce.customs.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ISO date from a request, naming the field when it is missing or wrong.
 */
final class RequestDate {

	private RequestDate() {
	}

	static LocalDate parse(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "A date (YYYY-MM-DD) is needed");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

}
