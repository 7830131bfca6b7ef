package dev.meridian.bot;

import dev.meridian.knowledge.ArticleId;

/**
 * An article the bot weighed, whether it answered with it or not: for supervision ("the
 * best article was only 0.41 sure") and for calibrating the threshold.
 *
 * @param articleId the article
 * @param confidence how sure the bot was, 0 to 1
 * @param signals what the confidence was made of
 */
public record BotCandidate(ArticleId articleId, double confidence, BotAnswer.Signals signals) {
}
