package dev.meridian.markets;

import java.util.Locale;
import java.util.Set;

import dev.meridian.InvalidValueException;

/**
 * An ISO 3166-1 alpha-2 country code in upper case.
 */
public record CountryCode(String value) {

	private static final Set<String> ISO_3166 = Set.of(Locale.getISOCountries());

	public CountryCode {
		if (value == null || !ISO_3166.contains(value.strip().toUpperCase(Locale.ROOT))) {
			throw new IllegalArgumentException("'" + value + "' is not an ISO 3166-1 alpha-2 country code");
		}
		value = value.strip().toUpperCase(Locale.ROOT);
	}

	public static CountryCode parse(String field, String code) {
		try {
			return new CountryCode(code);
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
