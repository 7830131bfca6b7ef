package dev.meridian.bot;

/**
 * An intent recognised in a text, with what decided it.
 *
 * @param intent what the customer wants
 * @param score similarity to the nearest example, 0 to 1 (1 for a keyword)
 * @param language the language of that example
 * @param evidence the example phrase or keyword the text resembled most
 */
public record IntentMatch(Intent intent, double score, String language, String evidence) {
}
