package dev.meridian.tickets.reviews;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/** What review averages are grouped by. */
public enum ReviewGrouping {

	AGENT, LANGUAGE, MARKET;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ReviewGrouping parse(String field, String value) {
		return Arrays.stream(values())
			.filter(g -> g.key().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException(field,
					field + " is one of agent, language, market, not '" + value + "'"));
	}

}
