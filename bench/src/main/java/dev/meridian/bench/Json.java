package dev.meridian.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough JSON for the benchmarks: writing flat objects and reading string fields. */
final class Json {

	private Json() {
	}

	/** An object from alternating names and values (String, Number, Boolean, List, Raw, null). */
	static String object(Object... namesAndValues) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (i > 0) {
				json.append(',');
			}
			json.append(quote((String) namesAndValues[i])).append(':');
			appendValue(json, namesAndValues[i + 1]);
		}
		return json.append('}').toString();
	}

	/** Already-serialized JSON, embedded as is. */
	record Raw(String json) {
	}

	private static void appendValue(StringBuilder json, Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Raw raw) {
			json.append(raw.json());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				appendValue(json, list.get(i));
			}
			json.append(']');
		}
		else {
			json.append(quote(value.toString()));
		}
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * The first string value of a field with this name anywhere in the document, or null
	 * (also when the value is JSON null). Good enough for ids and cursors.
	 */
	static String stringField(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
			.matcher(json);
		return matcher.find() ? unescape(matcher.group(1)) : null;
	}

	/** How often a field of this name occurs, e.g. once per item of a list. */
	static int countOccurrences(String json, String fieldName) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(fieldName) + "\"\\s*:").matcher(json);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static String unescape(String text) {
		if (text.indexOf('\\') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 == text.length()) {
				out.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(next);
			}
		}
		return out.toString();
	}

}
