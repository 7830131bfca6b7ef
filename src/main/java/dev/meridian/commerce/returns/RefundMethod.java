package dev.meridian.commerce.returns;

import java.util.Arrays;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * Where a refund's money goes.
 */
public enum RefundMethod {

	ORIGINAL_PAYMENT, STORE_CREDIT, BANK_TRANSFER;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RefundMethod parse(String field, String value) {
		return Arrays.stream(values())
			.filter(method -> method.value().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException(field,
					"'" + value + "' is not one of " + Arrays.stream(values()).map(RefundMethod::value).toList()));
	}

}
