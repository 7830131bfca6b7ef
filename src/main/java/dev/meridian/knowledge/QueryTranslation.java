package dev.meridian.knowledge;

import java.util.Optional;

import dev.meridian.markets.LanguageTag;

/**
 * Turns a search query into the words of another language, so a question asked in one
 * language finds articles written only in another. Several may exist (a translation
 * engine, dictionaries); search asks them in order ({@code @Order}) and takes the first
 * answer. Terms that read the same in every language (product names, codes, numbers) are
 * kept by search itself.
 */
public interface QueryTranslation {

	/**
	 * The query's words in the target language, or empty when this translator does not
	 * cover the pair.
	 */
	Optional<String> translate(String query, LanguageTag from, LanguageTag to);

	/**
	 * Whether this translator's answers are final, so search may keep them: false while
	 * it is still starting (a dictionary being read) and would answer a query better
	 * later.
	 */
	default boolean settled() {
		return true;
	}

}
