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
 */
public record BotQuestion(String text, @Nullable LanguageTag locale, @Nullable CountryCode market) {
}
