package dev.meridian.channels.chat.live;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.tickets.TicketId;

/**
 * The broker's destinations. Dot-separated, as RabbitMQ's STOMP plugin maps them to
 * routing keys of {@code amq.topic} (a slash would be taken literally); the in-memory
 * broker matches them the same way with a dot path matcher.
 */
final class LiveTopics {

	/** New chats and chat activity, for every agent's inbox. */
	static final String CHATS = "/topic/chats";

	private static final String CONVERSATION = "/topic/chat.";

	private static final String TICKET = "/topic/ticket.";

	private LiveTopics() {
	}

	/** What a visitor hears: replies in their language, agent typing, read state. */
	static String conversation(UUID conversation) {
		return CONVERSATION + conversation;
	}

	/** What agents on the ticket screen hear: new messages, visitor typing and page. */
	static String ticket(TicketId ticket) {
		return TICKET + ticket.value();
	}

	static Optional<UUID> conversationIn(String destination) {
		return idAfter(CONVERSATION, destination);
	}

	static Optional<TicketId> ticketIn(String destination) {
		return idAfter(TICKET, destination).map(TicketId::new);
	}

	private static Optional<UUID> idAfter(String prefix, String destination) {
		if (!destination.startsWith(prefix) || destination.length() != prefix.length() + 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(destination.substring(prefix.length())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
