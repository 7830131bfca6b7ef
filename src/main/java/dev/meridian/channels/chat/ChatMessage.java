package dev.meridian.channels.chat;

import java.time.Instant;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.MessageId;
import org.jspecify.annotations.Nullable;

/**
 * A message of the conversation as the visitor sees it: agents' replies in the visitor's
 * language when they were written in another (machine-translated, saying so), with what
 * was written kept beside it.
 *
 * @param author who wrote it: {@code customer}, {@code agent} or {@code system}
 * @param machineTranslated whether {@code text} is a machine translation of
 * {@code original}
 * @param original what was written, when the visitor reads a translation
 */
public record ChatMessage(MessageId id, String author, String text, LanguageTag language, Instant createdAt,
		boolean machineTranslated, @Nullable Original original) {

	/** A text as its author wrote it. */
	public record Original(String text, LanguageTag language) {
	}

}
