package dev.meridian.channels.chat.web;

import java.time.ZoneId;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A conversation about to open, as its market's widget settings allow it.
 *
 * @param language the language the market offers the visitor
 * @param market the market, when it exists
 * @param zone the visitor's zone, when their browser named one we know
 */
record PreChat(LanguageTag language, @Nullable CountryCode market, @Nullable ZoneId zone) {
}
