package dev.meridian.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Enum values in the API: written in lower case ({@code on_hold}), read in any case, and
 * an unknown value is answered with the accepted ones.
 */
public final class EnumValues {

	private EnumValues() {
	}

	public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
		String wanted = value == null ? "" : value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		throw new InvalidValueException(field, "'" + value + "' is not one of "
				+ Arrays.stream(type.getEnumConstants()).map(EnumValues::write).collect(Collectors.joining(", ")));
	}

	public static <E extends Enum<E>> @Nullable E parseOrNull(String field, @Nullable String value, Class<E> type) {
		return value == null ? null : parse(field, value, type);
	}

	public static String write(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
