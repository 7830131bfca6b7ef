package dev.meridian.channels.chat;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;

import org.springframework.stereotype.Component;

/**
 * Which conversation a chat's ticket belongs to, remembered on this node. A conversation
 * and its ticket are tied when the chat opens and never part (conversations are not
 * deleted, their locale never changes), so a pair once read stays true: every live push
 * and agent's typing notice of a chat asked the database for it before. Only chats are
 * remembered: a ticket found to be no chat is asked again (it costs what it did).
 */
@Component
class ChatTickets {

	/** Conversations remembered: the most recently used, about 1.5 MB at most. */
	static final int REMEMBERED = 10_000;

	/** A chat's conversation and the language its visitor reads. */
	record Link(UUID conversation, LanguageTag locale) {
	}

	private final ChatConversations conversations;

	/**
	 * Read by every push and every line refused: a map under one lock had threads queue
	 * on it (and the JVM inflate its monitor) at a few hundred lines a second.
	 */
	private final Cache<UUID, Link> links = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

	ChatTickets(ChatConversations conversations) {
		this.conversations = conversations;
	}

	Optional<Link> of(TicketId ticket) {
		Link known = this.links.getIfPresent(ticket.value());
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Link> found = this.conversations.findByTicketId(ticket.value())
			.map(conversation -> new Link(conversation.id(), conversation.locale()));
		found.ifPresent(link -> remember(link, ticket));
		return found;
	}

	/** A conversation just read or opened: its pair is known without asking. */
	void remember(ChatConversation conversation) {
		remember(new Link(conversation.id(), conversation.locale()), conversation.ticket());
	}

	private void remember(Link link, TicketId ticket) {
		this.links.put(ticket.value(), link);
	}

}
