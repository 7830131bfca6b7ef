package dev.meridian.markets;

import java.util.Currency;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * An ISO 4217 currency code in upper case.
 */
public record CurrencyCode(String value) {

	public CurrencyCode {
		if (value == null || !value.strip().matches("[A-Za-z]{3}")) {
			throw new IllegalArgumentException("'" + value + "' is not an ISO 4217 currency code");
		}
		value = value.strip().toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + value + "' is not an ISO 4217 currency code");
		}
	}

	public static CurrencyCode parse(String field, String code) {
		try {
			return new CurrencyCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
