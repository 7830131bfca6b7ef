package dev.meridian.channels.chat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A conversation a visitor opened in the widget: the ticket it feeds, the visitor's
 * language and page, and when their browser last asked for news.
 */
@Entity
@Table(name = "chat_conversations")
class ChatConversation {

	@Id
	private UUID id;

	private UUID ticketId;

	private UUID customerId;

	private byte[] tokenHash;

	private String locale;

	private @Nullable String page;

	private boolean identified;

	private @Nullable String contactEmail;

	private Instant createdAt;

	private Instant lastSeenAt;

	private Instant expiresAt;

	private @Nullable String market;

	private @Nullable String zone;

	private @Nullable Instant endedAt;

	protected ChatConversation() {
		// for JPA, which sets every field: a random id here drew on the JVM's shared
		// SecureRandom (one lock for all threads) each time a conversation was read
		this.id = new UUID(0, 0);
		this.ticketId = this.id;
		this.customerId = this.id;
		this.tokenHash = new byte[0];
		this.locale = "und";
		this.createdAt = Instant.EPOCH;
		this.lastSeenAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ChatConversation(UUID id, TicketId ticket, CustomerId customer, byte[] tokenHash, LanguageTag locale,
			@Nullable String page, boolean identified, @Nullable String contactEmail, Instant at, Instant expiresAt) {
		this.id = id;
		this.ticketId = ticket.value();
		this.customerId = customer.value();
		this.tokenHash = tokenHash.clone();
		this.locale = locale.value();
		this.page = page;
		this.identified = identified;
		this.contactEmail = contactEmail;
		this.createdAt = at;
		this.lastSeenAt = at;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return this.id;
	}

	/**
	 * Whether this is the hash of the conversation's visitor token, compared in time that
	 * does not depend on where the two differ.
	 */
	boolean isHeldBy(byte[] tokenHash) {
		return MessageDigest.isEqual(this.tokenHash, tokenHash);
	}

	byte[] tokenHash() {
		return this.tokenHash.clone();
	}

	TicketId ticket() {
		return new TicketId(this.ticketId);
	}

	CustomerId customer() {
		return new CustomerId(this.customerId);
	}

	LanguageTag locale() {
		return LanguageTag.read(this.locale);
	}

	Optional<String> page() {
		return Optional.ofNullable(this.page);
	}

	boolean identified() {
		return this.identified;
	}

	Optional<String> contactEmail() {
		return Optional.ofNullable(this.contactEmail);
	}

	Instant lastSeenAt() {
		return this.lastSeenAt;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** The visitor's browser asked: the token lives on from now. */
	void seen(Instant at, java.time.Duration tokenLifetime) {
		this.lastSeenAt = at;
		this.expiresAt = at.plus(tokenLifetime);
	}

	Optional<String> market() {
		return Optional.ofNullable(this.market);
	}

	Optional<java.time.ZoneId> zone() {
		try {
			return Optional.ofNullable(this.zone).map(java.time.ZoneId::of);
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	Optional<Instant> endedAt() {
		return Optional.ofNullable(this.endedAt);
	}

	/**
	 * Where the visitor came from: the shop's market and the zone their browser named.
	 */
	void cameFrom(@Nullable String market, java.time.@Nullable ZoneId zone) {
		if (market != null) {
			this.market = market;
		}
		if (zone != null) {
			this.zone = zone.getId();
		}
	}

	/** An address the visitor typed to be answered at; not proof that it is theirs. */
	void typedEmail(String email) {
		this.contactEmail = email;
	}

	/** The conversation belongs to this customer from now on (a confirmed address). */
	void joined(CustomerId customer) {
		this.customerId = customer.value();
	}

	void end(Instant at) {
		if (this.endedAt == null) {
			this.endedAt = at;
		}
	}

}
