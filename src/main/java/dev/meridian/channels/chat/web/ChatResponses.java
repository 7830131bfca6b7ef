package dev.meridian.channels.chat.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.channels.chat.ChatMessage;
import org.jspecify.annotations.Nullable;

/**
 * What visitors' browsers receive.
 */
final class ChatResponses {

	private ChatResponses() {
	}

	/**
	 * @param email what became of an address given in the pre-chat form
	 * ({@code attached}, {@code confirmation-sent}, {@code already}), if one was
	 */
	record Started(UUID conversationId, String visitorToken, UUID ticketId, @Nullable String email) {

		Started(UUID conversationId, String visitorToken, UUID ticketId) {
			this(conversationId, visitorToken, ticketId, null);
		}

	}

	record Created(UUID id, Instant createdAt) {
	}

	/**
	 * {@code ended}: the chat is over (the visitor ended it, or its ticket is solved or
	 * closed).
	 */
	record Messages(List<Item> items, boolean ended) {
	}

	record Author(String type) {
	}

	record Original(String text, String language) {
	}

	/**
	 * With a bot's message: whether the widget asks "Was this helpful?" under it, and
	 * whether the bot handed the conversation to a person with it.
	 */
	record Bot(boolean feedback, boolean handoff) {
	}

	/** The bot handed the conversation over, or had already. */
	record HandedOff(boolean handedOff) {
	}

	/**
	 * A message; {@code machineTranslated} says {@code text} is a machine translation of
	 * {@code original}; {@code attachments} are its files (empty for most).
	 */
	record Item(UUID id, Author author, String text, String language, Instant createdAt, boolean machineTranslated,
			@Nullable Original original, List<File> attachments, @Nullable Bot bot) {

		static Item of(ChatMessage message) {
			return new Item(message.id().value(), new Author(message.author()), message.text(),
					message.language().value(), message.createdAt(), message.machineTranslated(),
					message.original() == null ? null
							: new Original(message.original().text(), message.original().language().value()),
					message.attachments().stream().map(File::of).toList(), message.automated() == null ? null
							: new Bot(message.automated().asksFeedback(), message.automated().handedOff()));
		}

	}

	/** A file of a message: the visitor downloads it with their token. */
	record File(UUID id, String name, long size, String contentType) {

		static File of(ChatMessage.File file) {
			return new File(file.id(), file.name(), file.size(), file.contentType());
		}

	}

}
