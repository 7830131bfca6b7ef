package dev.meridian.knowledge;

import java.util.Locale;

import dev.meridian.InvalidValueException;

/** Where a translation stands: only published ones are shown to readers. */
public enum TranslationStatus {

	DRAFT, IN_REVIEW, PUBLISHED;

	public static TranslationStatus parse(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (RuntimeException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not a status (draft, in_review, published)");
		}
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
