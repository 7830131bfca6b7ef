package dev.meridian.knowledge;

import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * How much a source edit changes: a minor edit (a typo) leaves translations current, a
 * substantive one makes every translation outdated until it is brought up to date.
 */
public enum EditKind {

	MINOR, SUBSTANTIVE;

	public static EditKind parse(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not an edit kind (minor, substantive)");
		}
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
