package dev.meridian.bot.intents;

import org.jspecify.annotations.Nullable;

/**
 * One line of the shipped examples: a phrase meaning an intent in a language, or a
 * question that means none of them ({@code intent} null) so the classifier learns where
 * the intents end.
 *
 * @param language the phrase's language, as the file is named
 * @param intent the intent's value ({@code handoff}), null for none
 * @param phrase the phrase
 * @param keyword a keyword decides by itself when it occurs in a text as whole words
 */
public record IntentExample(String language, @Nullable String intent, String phrase, boolean keyword) {
}
