package dev.meridian.knowledge;

import java.util.List;

import dev.meridian.markets.LanguageTag;

/**
 * The state of translations in one locale: articles without a translation there, and
 * translations whose source changed substantively since they were made.
 *
 * @param locale the locale
 * @param missing articles without a translation in it
 * @param outdated translations behind their source
 * @param current translations up to date
 */
public record Freshness(LanguageTag locale, List<Article> missing, List<ArticleTranslation> outdated, int current) {
}
