package dev.meridian.channels.chat;

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

	protected ChatConversation() {
		// for JPA
		this.id = UUID.randomUUID();
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

	void viewing(@Nullable String page) {
		if (page != null) {
			this.page = page;
		}
	}

}
