package dev.meridian.tickets;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.LanguageTag;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One message of a ticket's conversation: from the customer, to the customer, or an
 * internal note between agents. Text is kept exactly as written.
 */
@Entity
@Table(name = "messages")
public class Message {

	@Id
	private UUID id;

	private UUID ticketId;

	@Enumerated(EnumType.STRING)
	private Author.Type authorType;

	private @Nullable UUID authorId;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String bodyText;

	private String bodyHtml;

	private String language;

	private @Nullable Double languageConfidence;

	private @Nullable String externalId;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected Message() {
	}

	Message(TicketId ticket, Author author, MessageDraft draft, LanguageTag language, Instant at) {
		MessageBodies.Body body = MessageBodies.of("message.body", draft.text(), draft.html());
		this.id = UUID.randomUUID();
		this.ticketId = ticket.value();
		this.authorType = author.type();
		this.authorId = author.id();
		this.direction = author.type() == Author.Type.CUSTOMER ? Direction.INBOUND : Direction.OUTBOUND;
		this.visibility = author.type() == Author.Type.CUSTOMER ? Visibility.PUBLIC : draft.visibility();
		this.bodyText = body.text();
		this.bodyHtml = body.html();
		this.language = language.value();
		this.languageConfidence = draft.languageConfidence();
		this.externalId = draft.externalId();
		this.createdAt = at;
	}

	public MessageId id() {
		return new MessageId(this.id);
	}

	public TicketId ticket() {
		return new TicketId(this.ticketId);
	}

	public Author author() {
		return new Author(this.authorType, this.authorId);
	}

	public Direction direction() {
		return this.direction;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public boolean isInternalNote() {
		return this.visibility == Visibility.INTERNAL;
	}

	public String text() {
		return this.bodyText;
	}

	/** Sanitized HTML, safe to render. */
	public String html() {
		return this.bodyHtml;
	}

	public LanguageTag language() {
		return new LanguageTag(this.language);
	}

	/**
	 * How sure detection was of the language; empty when it was declared or not detected.
	 */
	public Optional<Double> languageConfidence() {
		return Optional.ofNullable(this.languageConfidence);
	}

	public Optional<String> externalId() {
		return Optional.ofNullable(this.externalId);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
