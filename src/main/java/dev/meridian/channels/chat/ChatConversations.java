package dev.meridian.channels.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The chat conversations, stored.
 */
interface ChatConversations extends JpaRepository<ChatConversation, UUID> {

	@Query("select c from ChatConversation c where c.ticketId = ?1")
	Optional<ChatConversation> findByTicketId(UUID ticketId);

	/** Whether the ticket's visitor asked for news since {@code since}. */
	@Query("select count(c) > 0 from ChatConversation c where c.ticketId = ?1 and c.lastSeenAt >= ?2")
	boolean seenSince(UUID ticketId, Instant since);

	/**
	 * Records that the visitor's browser asked, without reading the row first: it runs on
	 * every poll.
	 */
	@Modifying
	@Query("update ChatConversation c set c.lastSeenAt = ?2, c.expiresAt = ?3 where c.id = ?1")
	int seen(UUID id, Instant at, Instant expiresAt);

	/**
	 * The page the visitor is on, alone: a whole row written from a copy read earlier
	 * would put back an address erased meanwhile.
	 */
	@Modifying
	@Query("update ChatConversation c set c.page = ?2 where c.id = ?1")
	int viewing(UUID id, String page);

	/** Of these conversations, those whose visitor token is still good at {@code now}. */
	@Query("select c.id from ChatConversation c where c.id in ?1 and c.expiresAt > ?2")
	List<UUID> unexpired(Collection<UUID> ids, Instant now);

	/** {@link #seen} for many at once: one statement for every connected visitor. */
	@Modifying
	@Query("update ChatConversation c set c.lastSeenAt = ?2, c.expiresAt = ?3 where c.id in ?1")
	int seenAll(Collection<UUID> ids, Instant at, Instant expiresAt);

}
