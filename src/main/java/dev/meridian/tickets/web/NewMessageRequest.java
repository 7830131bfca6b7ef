package dev.meridian.tickets.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A message added through the API. The message fields may also be sent at the top level:
 * {@code {"body": "..."}}.
 */
record NewMessageRequest(@Nullable String from, @Nullable String visibility, @Nullable String body,
		@Nullable String html, @Nullable String language,
		java.util.@Nullable List<CreateTicketRequest.@Valid AttachmentPart> attachments) {

	@NotNull
	CreateTicketRequest.MessagePart message() {
		return new CreateTicketRequest.MessagePart(this.body, this.html, this.language, this.attachments);
	}

}
