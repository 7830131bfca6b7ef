package dev.meridian.channels.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

	private final Map<UUID, Link> links = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Link> eldest) {
			return size() > REMEMBERED;
		}
	};

	ChatTickets(ChatConversations conversations) {
		this.conversations = conversations;
	}

	Optional<Link> of(TicketId ticket) {
		synchronized (this.links) {
			Link known = this.links.get(ticket.value());
			if (known != null) {
				return Optional.of(known);
			}
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
		synchronized (this.links) {
			this.links.put(ticket.value(), link);
		}
	}

}
