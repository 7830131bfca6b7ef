package dev.meridian.language;

/**
 * A translation the memory keeps for a text.
 *
 * @param from the text's language (BCP 47)
 * @param to the translation's language
 * @param text the translation
 * @param engine the engine that made it, or {@code agent} for a correction
 */
public record RememberedTranslation(String from, String to, String text, String engine) {
}
