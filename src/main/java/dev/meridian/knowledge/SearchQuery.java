package dev.meridian.knowledge;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * An article search.
 *
 * @param text what the reader typed
 * @param locale the reader's locale: the query's language, and the one preferred in
 * results
 * @param limit most results
 * @param category a category id to stay within
 * @param market the reader's market: articles limited to other markets are left out
 * @param onlyInLocale no results in other languages
 * @param agents the searcher is an agent: internal articles count
 */
public record SearchQuery(String text, @Nullable LanguageTag locale, int limit, @Nullable String category,
		@Nullable CountryCode market, boolean onlyInLocale, boolean agents) {

	public static final int MAX_LENGTH = 500;

	public static final int MAX_LIMIT = 100;

	public SearchQuery {
		text = checkedText(text);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
	}

	/** An empty or huge query gets a clear answer, not an empty page or a slow one. */
	public static String checkedText(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException("q", "A search needs at least one word");
		}
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
			throw new InvalidValueException("q", "A search may have at most " + MAX_LENGTH + " characters");
		}
		return stripped;
	}

}
