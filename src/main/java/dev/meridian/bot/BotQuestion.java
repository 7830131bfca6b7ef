package dev.meridian.bot;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A customer's question to the bot.
 *
 * @param text what they wrote
 * @param locale what is known of their language (the browser's, the customer's): a prior
 * for detection, never a replacement for it
 * @param market their market: its articles, its languages as a weaker prior
 * @param threshold the confidence an answer needs, when the market has its own; null: the
 * setting {@code meridian.bot.answer-threshold}
 */
public record BotQuestion(String text, @Nullable LanguageTag locale, @Nullable CountryCode market,
		@Nullable Double threshold) {

	public BotQuestion {
		if (threshold != null && (threshold < 0 || threshold > 1)) {
			throw new IllegalArgumentException("A confidence threshold is between 0 and 1");
		}
	}

	/** A question answered with the configured threshold. */
	public BotQuestion(String text, @Nullable LanguageTag locale, @Nullable CountryCode market) {
		this(text, locale, market, null);
	}

}
