package dev.meridian.channels.chat;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;

import org.springframework.stereotype.Component;

/**
 * What never changes about a conversation once it opened, remembered on this node: its
 * ticket, the hash of its visitor's token and the language its visitor reads.
 * <p>
 * Why: a visitor's line was recognized by reading the conversation in a transaction of
 * its own before anything else, a transaction, a statement and a commit per line. With
 * the token checked here, the line's own transaction reads the row once for what does
 * change (whether the token is still good, the customer), and a line whose token is wrong
 * still costs nothing more than a hash.
 */
@Component
class ChatKeys {

	/** Conversations remembered: the most recently used, about 2 MB at most. */
	static final int REMEMBERED = 10_000;

	/** A conversation's fixed facts. */
	record Key(UUID conversation, TicketId ticket, byte[] tokenHash, LanguageTag locale) {

		/** Compared in constant time, as the stored row's hash is. */
		boolean isHeldBy(byte[] hash) {
			return MessageDigest.isEqual(this.tokenHash, hash);
		}

	}

	private final Cache<UUID, Key> keys = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

	Optional<Key> of(UUID conversation) {
		return Optional.ofNullable(this.keys.getIfPresent(conversation));
	}

	/** A conversation just read or opened. */
	Key remember(ChatConversation conversation) {
		Key key = new Key(conversation.id(), conversation.ticket(), conversation.tokenHash(), conversation.locale());
		this.keys.put(conversation.id(), key);
		return key;
	}

}
