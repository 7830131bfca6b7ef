package dev.meridian.channels.chat.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.channels.chat.ChatMessage;
import org.jspecify.annotations.Nullable;

/**
 * What the broker carries (JSON frames) and long polling answers. {@link Item} has the
 * shape of the chat API's messages, so the widget shows a pushed message and a read one
 * the same way.
 */
final class LiveNotices {

	private LiveNotices() {
	}

	/** A message for the visitor, in their language. */
	record Pushed(String type, Item item) {

		static Pushed of(ChatMessage message) {
			return new Pushed("message", Item.of(message));
		}

	}

	/** Something new on a ticket: agents' screens fetch it rendered. */
	record Changed(String type, UUID ticket, @Nullable UUID message) {
	}

	/** Someone is typing ({@code typing}) or stopped. */
	record Typing(String type, boolean typing) {
	}

	/** The page the visitor is looking at. */
	record Viewing(String type, String page) {
	}

	/** An agent opened the conversation: the widget says which page it is on. */
	record Watching(String type) {
	}

	/** An agent read the conversation up to {@code id}. */
	record Read(String type, UUID id) {
	}

	/**
	 * A visitor's line sent over the socket was stored as message {@code id};
	 * {@code item} is the line as the visitor's other widgets show it (no second notice
	 * is pushed).
	 */
	record Accepted(String type, String ref, UUID id, Instant createdAt, Item item) {
	}

	/**
	 * A visitor's line sent over the socket was not stored: the HTTP API's status for the
	 * same refusal, seconds to wait before trying again (busy, flood), and the note for
	 * the widget in the visitor's language.
	 */
	record Refused(String type, String ref, int status, @Nullable Long retryAfter, String note, String noteLanguage) {
	}

	/** A read's answer; {@code ended}: the chat is over (as the plain read says). */
	record Page(List<Item> items, boolean ended) {
	}

	record Author(String type) {
	}

	record Original(String text, String language) {
	}

	/**
	 * What the widget shows under a bot's message, the same as the messages endpoint
	 * gives: ask whether it helped; the bot handed the chat over with it.
	 */
	record Bot(boolean feedback, boolean handoff) {
	}

	record Item(UUID id, Author author, String text, String language, Instant createdAt, boolean machineTranslated,
			@Nullable Original original, List<File> attachments, @Nullable Bot bot) {

		static Item of(ChatMessage message) {
			return new Item(message.id().value(), new Author(message.author()), message.text(),
					message.language().value(), message.createdAt(), message.machineTranslated(),
					message.original() == null ? null
							: new Original(message.original().text(), message.original().language().value()),
					message.attachments()
						.stream()
						.map(f -> new File(f.id(), f.name(), f.size(), f.contentType()))
						.toList(),
					message.automated() == null ? null
							: new Bot(message.automated().asksFeedback(), message.automated().handedOff()));
		}

	}

	record File(UUID id, String name, long size, String contentType) {
	}

	/** The broker has the visitor's subscription: what came before it, read now. */
	record Subscribed(String type) {
	}

	/** The chat has ended on the agents' side (its ticket was solved or closed). */
	record Ended(String type) {
	}

}
