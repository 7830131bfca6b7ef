package dev.meridian.tickets;

import dev.meridian.markets.LanguageTag;

/**
 * The text an agent wrote before it was machine-translated for the customer.
 *
 * @param text as written
 * @param language the agent's language
 * @param engine the translation engine that translated it
 */
public record OriginalText(String text, LanguageTag language, String engine) {
}
