package dev.meridian.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bot settings ({@code meridian.bot.*}).
 *
 * @param answerThreshold the confidence (0 to 1) an article needs for the bot to answer
 * with it; below, the bot hands off ({@code MERIDIAN_BOT_ANSWERTHRESHOLD}). Calibrated on
 * {@code bench/bot-eval}: raising it trades answers for precision
 * @param alternativeThreshold the confidence another article needs to be offered as an
 * alternative ({@code MERIDIAN_BOT_ALTERNATIVETHRESHOLD})
 * @param alternatives at most this many alternatives ({@code MERIDIAN_BOT_ALTERNATIVES})
 * @param intentThreshold the similarity (0 to 1) a text needs to its nearest intent
 * example for the intent to count ({@code MERIDIAN_BOT_INTENTTHRESHOLD})
 * @param maxQuestionLength the longest question, in characters; longer ones are refused
 * ({@code MERIDIAN_BOT_MAXQUESTIONLENGTH})
 * @param maxPassageLength the longest passage the bot quotes, in characters
 * ({@code MERIDIAN_BOT_MAXPASSAGELENGTH})
 */
@ConfigurationProperties("meridian.bot")
public record BotSettings(@DefaultValue("0.6") double answerThreshold, @DefaultValue("0.5") double alternativeThreshold,
		@DefaultValue("2") int alternatives, @DefaultValue(BotSettings.INTENT_THRESHOLD) double intentThreshold,
		@DefaultValue("500") int maxQuestionLength, @DefaultValue("400") int maxPassageLength) {

	/** The shipped intent threshold, tuned on {@code bench/bot-eval/intents.tsv}. */
	public static final String INTENT_THRESHOLD = "0.38";

	public BotSettings {
		if (answerThreshold < 0 || answerThreshold > 1 || alternativeThreshold < 0 || alternativeThreshold > 1
				|| intentThreshold < 0 || intentThreshold > 1) {
			throw new IllegalArgumentException("meridian.bot thresholds lie between 0 and 1");
		}
		if (alternatives < 0 || alternatives > 5) {
			throw new IllegalArgumentException("meridian.bot.alternatives lies between 0 and 5");
		}
		if (maxQuestionLength < 1 || maxQuestionLength > 500) {
			// The knowledge search reads at most 500 characters.
			throw new IllegalArgumentException("meridian.bot.max-question-length lies between 1 and 500");
		}
		if (maxPassageLength < 80) {
			throw new IllegalArgumentException("meridian.bot.max-passage-length is at least 80");
		}
	}

}
