package dev.meridian.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which engine translates which pair, from configuration entries {@code from:to=engine}
 * where either side may be {@code *} and a language matches its regional tags too
 * ({@code pt} matches {@code pt-BR}). The most specific entry wins: both sides named,
 * then the source, then the target, then the default engine.
 */
final class TranslationRoutes {

	private final Map<String, String> routes = new LinkedHashMap<>();

	private final String defaultEngine;

	TranslationRoutes(List<String> entries, String defaultEngine) {
		this.defaultEngine = defaultEngine.strip().toLowerCase();
		for (String entry : entries) {
			if (entry.isBlank()) {
				continue;
			}
			int equals = entry.indexOf('=');
			int colon = entry.indexOf(':');
			if (equals < 0 || colon < 0 || colon > equals) {
				throw new IllegalArgumentException("Translation route '" + entry
						+ "' is not of the form from:to=engine (e.g. es:en=deepl, *:ja=google)");
			}
			String from = side(entry.substring(0, colon));
			String to = side(entry.substring(colon + 1, equals));
			this.routes.put(from + ":" + to, entry.substring(equals + 1).strip().toLowerCase());
		}
	}

	String engineFor(LanguagePair pair) {
		String from = pair.from().value().toLowerCase();
		String to = pair.to().value().toLowerCase();
		String fromLanguage = pair.from().language();
		String toLanguage = pair.to().language();
		for (String key : List.of(from + ":" + to, fromLanguage + ":" + to, from + ":" + toLanguage,
				fromLanguage + ":" + toLanguage, from + ":*", fromLanguage + ":*", "*:" + to, "*:" + toLanguage,
				"*:*")) {
			String engine = this.routes.get(key);
			if (engine != null) {
				return engine;
			}
		}
		return this.defaultEngine;
	}

	String defaultEngine() {
		return this.defaultEngine;
	}

	private static String side(String value) {
		String side = value.strip().toLowerCase();
		return side.isEmpty() ? "*" : side;
	}

}
