package dev.meridian.bot;

import dev.meridian.knowledge.ArticleId;
import dev.meridian.markets.LanguageTag;

/**
 * Another article that may answer the question, offered by its title.
 *
 * @param articleId the article
 * @param locale the locale of the version the title comes from
 * @param title the title in the customer's language
 * @param machineTranslated the title was translated by machine from {@code locale}
 * @param confidence how sure the bot is that it answers, 0 to 1
 */
public record BotAlternative(ArticleId articleId, LanguageTag locale, String title, boolean machineTranslated,
		double confidence) {
}
