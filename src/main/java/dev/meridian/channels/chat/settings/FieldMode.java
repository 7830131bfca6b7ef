package dev.meridian.channels.chat.settings;

import java.util.Locale;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** Whether the pre-chat form asks for a field, and whether the visitor must answer. */
public enum FieldMode {

	OFF, OPTIONAL, REQUIRED;

	public static FieldMode parse(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return OFF;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, "One of off, optional, required");
		}
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
