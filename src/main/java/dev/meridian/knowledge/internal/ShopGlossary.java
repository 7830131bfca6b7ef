package dev.meridian.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The words of online shopping in one language, with their English: the project's own
 * glossary ({@code knowledge/query-glossary/<language>.tsv}, {@code term TAB english}),
 * which knows "Sendungsnummer" is a tracking number and "代金引換" cash on delivery where a
 * general dictionary knows neither, and the names of countries in that language (from the
 * JDK's locale data: "Norwegen", "ノルウェー", "النرويج" → norway). Terms may have several
 * words; the longest one that matches wins.
 */
final class ShopGlossary {

	/** The longest term, in words. */
	static final int LONGEST = 5;

	private final Map<String, String> terms;

	private ShopGlossary(Map<String, String> terms) {
		this.terms = terms;
	}

	/** Term found at a position: how many words it took and its English. */
	record Match(int words, String english) {
	}

	/** The glossary of a language (ISO 639-3), empty where there is none. */
	static ShopGlossary of(String code, QueryWords words) {
		Map<String, String> terms = new HashMap<>();
		String language = language(code);
		if (language != null) {
			Locale locale = Locale.forLanguageTag(language);
			for (String country : Locale.getISOCountries()) {
				Locale place = new Locale.Builder().setRegion(country).build();
				String name = place.getDisplayCountry(locale);
				String english = place.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
				if (!name.isBlank() && !name.equals(country)) {
					put(terms, words, name, english);
				}
			}
			// The project's terms after the place names: a term overrides a name.
			read(language, words, terms);
		}
		return new ShopGlossary(Map.copyOf(terms));
	}

	int size() {
		return this.terms.size();
	}

	/** The longest term starting at {@code from}, if any. */
	@Nullable Match at(List<QueryWords.Word> words, int from) {
		for (int length = Math.min(LONGEST, words.size() - from); length >= 1; length--) {
			StringBuilder key = new StringBuilder();
			for (int i = from; i < from + length; i++) {
				if (i > from) {
					key.append(' ');
				}
				key.append(words.get(i).key());
			}
			String english = this.terms.get(key.toString());
			if (english != null) {
				return new Match(length, english);
			}
		}
		return null;
	}

	private static void read(String language, QueryWords words, Map<String, String> terms) {
		try (InputStream in = ShopGlossary.class
			.getResourceAsStream("/knowledge/query-glossary/" + language + ".tsv")) {
			if (in == null) {
				return;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				if (tab <= 0) {
					throw new IllegalStateException("query-glossary/" + language + ".tsv: no tab in '" + line + "'");
				}
				put(terms, words, line.substring(0, tab).strip(), line.substring(tab + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void put(Map<String, String> terms, QueryWords words, String term, String english) {
		List<QueryWords.Word> parts = words.words(term);
		if (!parts.isEmpty() && parts.size() <= LONGEST) {
			terms.put(String.join(" ", parts.stream().map(QueryWords.Word::key).toList()), english);
		}
	}

	private static @Nullable String language(String code) {
		for (String language : Locale.getISOLanguages()) {
			try {
				if (Locale.forLanguageTag(language).getISO3Language().equals(code)) {
					return language;
				}
			}
			catch (java.util.MissingResourceException ex) {
				// no three-letter code: not ours
			}
		}
		return null;
	}

}
