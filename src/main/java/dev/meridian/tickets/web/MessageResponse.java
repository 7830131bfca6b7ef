package dev.meridian.tickets.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.Message;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A message as the API returns it: text exactly as written and sanitized HTML.
 */
record MessageResponse(UUID id, UUID ticketId, Author author, String direction, String visibility, String text,
		String html, String language, @Nullable Double languageConfidence, @Nullable String externalId,
		Instant createdAt, List<AttachmentResponse> attachments, @Nullable Original original, @Nullable From from,
		@Nullable String subject, @Nullable Delivery delivery, @Nullable Authentication authentication) {

	/** What the agent wrote before the reply was machine-translated for the customer. */
	record Original(String text, String language, String engine) {
	}

	record Author(String type, @Nullable UUID id, @Nullable String name) {
	}

	/** The sender as the channel decoded it (an email's From). */
	record From(String address, @Nullable String name) {
	}

	/** How delivery of an outbound message went. */
	record Delivery(String status, @Nullable String detail) {
	}

	/**
	 * What the receiving mail server reported about the sender (RFC 8601
	 * Authentication-Results): each result as written ({@code pass}, {@code fail}, ...)
	 * or null when not checked.
	 */
	record Authentication(String authservId, @Nullable String spf, @Nullable String dkim, @Nullable String dmarc) {
	}

	record AttachmentResponse(UUID id, String name, String mediaType, long size, String url) {
	}

	static MessageResponse of(Message message, @Nullable String authorName, List<Attachment> attachments) {
		return new MessageResponse(message.id().value(), message.ticket().value(),
				new Author(EnumValues.write(message.author().type()), message.author().id(), authorName),
				EnumValues.write(message.direction()), EnumValues.write(message.visibility()), message.text(),
				message.html(), message.language().value(), message.languageConfidence().orElse(null),
				message.externalId().orElse(null), message.createdAt(),
				attachments.stream()
					.map(a -> new AttachmentResponse(a.id(), a.name(), a.mediaType(), a.size(),
							"/api/v1/tickets/" + message.ticket() + "/attachments/" + a.id()))
					.toList(),
				message.original().map(o -> new Original(o.text(), o.language().value(), o.engine())).orElse(null),
				message.envelope().map(e -> new From(e.fromAddress(), e.fromName())).orElse(null),
				message.envelope().map(e -> e.subject()).orElse(null),
				message.deliveryStatus()
					.map(status -> new Delivery(EnumValues.write(status), message.deliveryDetail().orElse(null)))
					.orElse(null),
				message.senderAuthentication()
					.map(a -> new Authentication(a.authservId(), a.spf(), a.dkim(), a.dmarc()))
					.orElse(null));
	}

}
