package dev.meridian.knowledge;

import dev.meridian.markets.LanguageTag;

/**
 * One article found.
 *
 * @param articleId the article
 * @param locale the locale of the text that matched
 * @param title its title
 * @param snippet the passage that matched, HTML-escaped, matches in {@code <mark>}
 * @param score relevance, higher is better
 * @param crossLanguage the text is in another language than the query's
 */
public record ArticleHit(ArticleId articleId, LanguageTag locale, String title, String snippet, double score,
		boolean crossLanguage) {
}
