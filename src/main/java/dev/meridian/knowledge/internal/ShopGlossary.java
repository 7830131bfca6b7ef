package dev.meridian.knowledge.internal;

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

	private final TermTable terms;

	private ShopGlossary(TermTable terms) {
		this.terms = terms;
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
					TermTable.put(terms, words, name, english, (earlier, later) -> later);
				}
			}
			// The project's terms after the place names: a term overrides a name.
			TermTable.read("/knowledge/query-glossary/" + language + ".tsv",
					(term, english) -> TermTable.put(terms, words, term, english, (earlier, later) -> later));
		}
		return new ShopGlossary(new TermTable(terms));
	}

	int size() {
		return this.terms.size();
	}

	/** The longest term starting at {@code from} and its English, if any. */
	TermTable.@Nullable Match at(List<QueryWords.Word> words, int from) {
		return this.terms.at(words, from);
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
