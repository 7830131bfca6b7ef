package dev.meridian.bot;

import dev.meridian.knowledge.ArticleId;
import dev.meridian.markets.LanguageTag;

/**
 * The passage of an article the bot answers with.
 *
 * @param articleId the article
 * @param locale the locale of the article's version the passage comes from
 * @param title the title, in {@code language}
 * @param text the passage (a paragraph, a table row or one to three sentences), plain
 * text in {@code language}
 * @param language the language of {@code title} and {@code text}: the customer's
 * @param machineTranslated the article has no version in the customer's language: title
 * and passage were translated by machine from {@code locale}
 * @param confidence how sure the bot is, 0 to 1
 * @param signals what the confidence was made of
 */
public record BotAnswer(ArticleId articleId, LanguageTag locale, String title, String text, LanguageTag language,
		boolean machineTranslated, double confidence, Signals signals) {

	/**
	 * The parts of a confidence.
	 *
	 * @param score the search score, on the own-language scale (a match through the
	 * query's translation counts three times its raw score)
	 * @param coverage the share of the question's content words the article covers
	 * @param margin how far ahead of the next article, 0 (tied) to 1
	 * @param crossLanguage the article matched in another language than the question's
	 */
	public record Signals(double score, double coverage, double margin, boolean crossLanguage) {
	}

}
