package dev.meridian.channels.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
 * @param attachments the files sent with it, which the visitor downloads with their token
 * @param automated for the bot's messages, what the widget offers with them
 */
public record ChatMessage(MessageId id, String author, String text, LanguageTag language, Instant createdAt,
		boolean machineTranslated, @Nullable Original original, List<File> attachments, @Nullable Automated automated) {

	public ChatMessage {
		attachments = List.copyOf(attachments);
	}

	public ChatMessage(MessageId id, String author, String text, LanguageTag language, Instant createdAt,
			boolean machineTranslated, @Nullable Original original, List<File> attachments) {
		this(id, author, text, language, createdAt, machineTranslated, original, attachments, null);
	}

	public ChatMessage(MessageId id, String author, String text, LanguageTag language, Instant createdAt,
			boolean machineTranslated, @Nullable Original original) {
		this(id, author, text, language, createdAt, machineTranslated, original, List.of(), null);
	}

	/**
	 * What goes with a bot's message in the widget.
	 *
	 * @param asksFeedback an answer the visitor has not rated yet: "Was this helpful?"
	 * @param handedOff the bot handed the conversation to a person with this message and
	 * says nothing more
	 */
	public record Automated(boolean asksFeedback, boolean handedOff) {
	}

	/** The same message with what the widget offers with it. */
	public ChatMessage with(@Nullable Automated automated) {
		return new ChatMessage(this.id, this.author, this.text, this.language, this.createdAt, this.machineTranslated,
				this.original, this.attachments, automated);
	}

	/** A text as its author wrote it. */
	public record Original(String text, LanguageTag language) {
	}

	/**
	 * A file of the message.
	 *
	 * @param size in bytes
	 * @param contentType the media type it was stored with
	 */
	public record File(UUID id, String name, long size, String contentType) {
	}

}
