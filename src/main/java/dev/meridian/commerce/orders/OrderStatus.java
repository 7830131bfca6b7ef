package dev.meridian.commerce.orders;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * Where an order stands, as a shop reports it.
 */
public enum OrderStatus {

	OPEN, PAID, FULFILLED, PARTIALLY_FULFILLED, CANCELLED, REFUNDED;

	/** The API and column form: {@code partially_fulfilled}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static OrderStatus parse(String field, String value) {
		return Arrays.stream(values())
			.filter(status -> status.value().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException(field,
					"'" + value + "' is not one of " + Arrays.stream(values()).map(OrderStatus::value).toList()));
	}

}
