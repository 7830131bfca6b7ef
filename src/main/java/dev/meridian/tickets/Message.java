package dev.meridian.tickets;

import dev.meridian.privacy.StoredTextMasking;

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

import org.springframework.data.domain.Persistable;

/**
 * One message of a ticket's conversation: from the customer, to the customer, or an
 * internal note between agents. Text is kept exactly as written.
 */
@Entity
@Table(name = "messages")
public class Message implements Persistable<UUID> {

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

	private @Nullable String fromAddress;

	private @Nullable String fromName;

	private @Nullable String subject;

	@Enumerated(EnumType.STRING)
	private @Nullable DeliveryStatus deliveryStatus;

	private @Nullable String deliveryDetail;

	private Instant createdAt;

	private @Nullable String senderAuthservId;

	private @Nullable String senderSpf;

	private @Nullable String senderDkim;

	private @Nullable String senderDmarc;

	private @Nullable String originalText;

	private @Nullable String originalLanguage;

	private @Nullable String translationEngine;

	@Version
	private @Nullable Long version;

	/** New until stored; {@link Ticket#isNew()} says why it is spelled out. */
	@Override
	public boolean isNew() {
		return this.version == null;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

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
		// Card numbers, their security codes and national ids a customer pastes are
		// never stored (issue 16).
		boolean customer = author.type() == Author.Type.CUSTOMER;
		this.bodyText = customer ? StoredTextMasking.mask(body.text()) : body.text();
		this.bodyHtml = customer ? StoredTextMasking.mask(body.html()) : body.html();
		this.language = language.value();
		this.languageConfidence = draft.languageConfidence();
		this.externalId = draft.externalId();
		if (draft.envelope() != null) {
			MessageBodies.requireStorable("message.from", draft.envelope().fromAddress());
			this.fromAddress = draft.envelope().fromAddress();
			this.fromName = storableOrNull(draft.envelope().fromName());
			this.subject = storableOrNull(draft.envelope().subject());
		}
		this.createdAt = at;
	}

	private static @Nullable String storableOrNull(@Nullable String value) {
		if (value == null) {
			return null;
		}
		MessageBodies.requireStorable("message.envelope", value);
		return value;
	}

	/**
	 * Removes the customer's personal data (issue 16): what the customer wrote is
	 * replaced as a whole; what others wrote keeps its words without the customer's name,
	 * addresses and numbers. Language, direction and time stay for the figures.
	 */
	void erase(dev.meridian.privacy.DataSubject customer) {
		String erased = dev.meridian.privacy.DataSubject.ERASED;
		if (this.authorType == Author.Type.CUSTOMER) {
			this.bodyText = erased;
			this.bodyHtml = "<p>" + erased + "</p>";
			this.originalText = this.originalText == null ? null : erased;
			this.subject = this.subject == null ? null : erased;
		}
		else {
			this.bodyText = customer.scrub(this.bodyText);
			this.bodyHtml = customer.scrub(this.bodyHtml);
			this.originalText = this.originalText == null ? null : customer.scrub(this.originalText);
			this.subject = this.subject == null ? null : customer.scrub(this.subject);
		}
		this.fromAddress = this.fromAddress == null ? null : erased;
		this.fromName = null;
		this.externalId = this.externalId == null ? null : customer.scrub(this.externalId);
		this.deliveryDetail = this.deliveryDetail == null ? null : customer.scrub(this.deliveryDetail);
	}

	/** Records how delivery to the customer went, as the channel reports it. */
	void recordDelivery(DeliveryStatus status, @Nullable String detail) {
		// A bounce is the recipient's server's last word: a send attempt that reports
		// afterwards (it was under way when the bounce came in) does not hide it.
		if (this.deliveryStatus == DeliveryStatus.BOUNCED && status != DeliveryStatus.BOUNCED) {
			return;
		}
		this.deliveryStatus = status;
		String clipped = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		this.deliveryDetail = clipped == null ? null : clipped.replace((char) 0, ' ');
	}

	/** Records what the receiving mail server said about the sender. */
	void recordSenderAuthentication(SenderAuthentication authentication) {
		this.senderAuthservId = clip(authentication.authservId(), 255);
		this.senderSpf = clip(authentication.spf(), 20);
		this.senderDkim = clip(authentication.dkim(), 20);
		this.senderDmarc = clip(authentication.dmarc(), 20);
	}

	private static @Nullable String clip(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/**
	 * The SPF, DKIM and DMARC results the receiving mail server reported; empty when it
	 * reported none (or the message did not come by mail).
	 */
	public Optional<SenderAuthentication> senderAuthentication() {
		return this.senderAuthservId == null ? Optional.empty() : Optional
			.of(new SenderAuthentication(this.senderAuthservId, this.senderSpf, this.senderDkim, this.senderDmarc));
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
		return LanguageTag.read(this.language);
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

	/** The sender and subject as the channel gave them; empty for other channels. */
	public Optional<MessageDraft.Envelope> envelope() {
		return this.fromAddress == null ? Optional.empty()
				: Optional.of(new MessageDraft.Envelope(this.fromAddress, this.fromName, this.subject));
	}

	/** How delivery of an outbound message went; empty when no channel delivers it. */
	public Optional<DeliveryStatus> deliveryStatus() {
		return Optional.ofNullable(this.deliveryStatus);
	}

	public Optional<String> deliveryDetail() {
		return Optional.ofNullable(this.deliveryDetail);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * What the agent wrote, when the message was sent translated: the body is the
	 * customer-language text.
	 */
	public Optional<OriginalText> original() {
		if (this.originalText == null || this.originalLanguage == null) {
			return Optional.empty();
		}
		return Optional.of(new OriginalText(this.originalText, LanguageTag.read(this.originalLanguage),
				this.translationEngine == null ? "" : this.translationEngine));
	}

	void recordOriginal(OriginalText original) {
		this.originalText = original.text();
		this.originalLanguage = original.language().value();
		this.translationEngine = original.engine();
	}

}
