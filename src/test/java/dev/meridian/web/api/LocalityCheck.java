package dev.meridian.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Walks a JSON response and finds what a reader in another country cannot read safely: a
 * free text without its language, a timestamp without a zone or offset, an amount without
 * its currency. Each finding names its place as a JSON pointer.
 */
final class LocalityCheck {

	/** Members whose string value is free text someone reads. */
	static final Set<String> TEXT_FIELDS = Set.of("title", "body", "text", "comment", "description", "summary",
			"reason");

	/**
	 * Members that say the language of the texts beside them. Only beside: an enclosing
	 * object's {@code locale} often means something else (the locale a freshness entry is
	 * about, the language a coverage row is about), so it never speaks for texts below.
	 */
	private static final Set<String> LANGUAGE_FIELDS = Set.of("language", "locale", "lang");

	/** Members that say the zone of local date-times beside them. */
	private static final Set<String> ZONE_FIELDS = Set.of("timeZone", "zone");

	/** A date and a time of day, with whatever follows (an offset, a zone, nothing). */
	private static final Pattern DATE_TIME = Pattern
		.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(?<zone>.*)$");

	/**
	 * What may follow the time of day: Z, ±hh:mm, ±hhmm, ±hh, optionally a [Region/City].
	 */
	private static final Pattern ZONE = Pattern.compile("^(Z|[+-]\\d{2}(:?\\d{2})?)(\\[[A-Za-z0-9_/+-]+\\])?$");

	private LocalityCheck() {
	}

	/** A place in a response and what is missing there. */
	record Finding(String pointer, Kind kind, String value) {

		@Override
		public String toString() {
			return this.pointer + " " + this.kind.text + " (" + abbreviated(this.value) + ")";
		}

		private static String abbreviated(String value) {
			return value.length() > 40 ? value.substring(0, 40) + "…" : value;
		}

	}

	enum Kind {

		TEXT_WITHOUT_LANGUAGE("is a text without its language"), TIME_WITHOUT_ZONE("is a time without zone or offset"),
		AMOUNT_WITHOUT_CURRENCY("is an amount without its currency");

		private final String text;

		Kind(String text) {
			this.text = text;
		}

	}

	static List<Finding> findings(JsonNode root) {
		List<Finding> findings = new ArrayList<>();
		walk(root, "", findings);
		return findings;
	}

	private static void walk(JsonNode node, String pointer, List<Finding> findings) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), pointer + "/" + i, findings);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			String name = member.getKey();
			JsonNode value = member.getValue();
			String here = pointer + "/" + escaped(name);
			if (value.isString()) {
				String text = value.asString();
				if (TEXT_FIELDS.contains(name) && !text.isBlank() && !saysLanguage(node, name)) {
					findings.add(new Finding(here, Kind.TEXT_WITHOUT_LANGUAGE, text));
				}
				if (isTimeWithoutZone(text) && !saysZone(node, name)) {
					findings.add(new Finding(here, Kind.TIME_WITHOUT_ZONE, text));
				}
			}
			if (isAmount(name) && !value.isNull() && !hasCurrency(node, name, value)) {
				findings.add(new Finding(here, Kind.AMOUNT_WITHOUT_CURRENCY, value.toString()));
			}
			walk(value, here, findings);
		}
	}

	/**
	 * Whether the object names a language: for all its texts ({@code language},
	 * {@code locale}, {@code lang}) or for one ({@code titleLanguage},
	 * {@code bodyLocale}).
	 */
	private static boolean saysLanguage(JsonNode object, String field) {
		for (String name : LANGUAGE_FIELDS) {
			if (present(object, name) || (field != null && present(object, field + capitalized(name)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean saysZone(JsonNode object, String field) {
		for (String name : ZONE_FIELDS) {
			if (present(object, name) || present(object, field + capitalized(name))) {
				return true;
			}
		}
		return false;
	}

	static boolean isTimeWithoutZone(String text) {
		var matcher = DATE_TIME.matcher(text);
		return matcher.matches() && !ZONE.matcher(matcher.group("zone")).matches();
	}

	private static boolean isAmount(String name) {
		return name.equals("amount") || (name.endsWith("Amount") && name.length() > "Amount".length());
	}

	/**
	 * An amount is an object with its own currency, or a number beside {@code currency}
	 * (or {@code <prefix>Currency} for {@code <prefix>Amount}).
	 */
	private static boolean hasCurrency(JsonNode object, String name, JsonNode value) {
		if (value.isObject()) {
			return present(value, "currency");
		}
		if (present(object, "currency")) {
			return true;
		}
		String prefix = name.substring(0, name.length() - "Amount".length());
		return !prefix.isEmpty() && present(object, prefix + "Currency");
	}

	private static boolean present(JsonNode object, String name) {
		JsonNode value = object.get(name);
		return value != null && !value.isNull() && !(value.isString() && value.asString().isBlank());
	}

	private static String capitalized(String name) {
		return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

	/** RFC 6901: {@code ~} and {@code /} in a member name. */
	private static String escaped(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
