package dev.meridian.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * Parses each value of a list in a request, so an error names the exact element the
 * client sent: {@code languages[2]}, not just {@code languages}.
 */
public final class ListFields {

	private ListFields() {
	}

	/**
	 * @param field the list's name in the request
	 * @param values the values as sent; {@code null} is an empty list
	 * @param parser parses one value, given its field name, e.g.
	 * {@code LanguageTag::parse}
	 */
	public static <T> List<T> parse(String field, @Nullable List<String> values, BiFunction<String, String, T> parser) {
		List<T> parsed = new ArrayList<>();
		if (values != null) {
			for (int i = 0; i < values.size(); i++) {
				parsed.add(parser.apply(field + "[" + i + "]", values.get(i)));
			}
		}
		return parsed;
	}

}
