package dev.meridian.tickets;

import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A message to add to a ticket. Either text or HTML (sanitized on the way in) or both.
 *
 * @param text the plain text body
 * @param html an HTML body, sanitized before it is stored
 * @param language the message's language, when known
 * @param visibility public or internal note
 * @param externalId the channel's id of the message (e.g. an email's Message-ID)
 * @param attachments files sent with the message
 */
public record MessageDraft(@Nullable String text, @Nullable String html, @Nullable LanguageTag language,
		Visibility visibility, @Nullable String externalId, List<NewAttachment> attachments) {

	public MessageDraft {
		attachments = List.copyOf(attachments);
	}

	public static MessageDraft text(String text) {
		return new MessageDraft(text, null, null, Visibility.PUBLIC, null, List.of());
	}

	public static MessageDraft note(String text) {
		return new MessageDraft(text, null, null, Visibility.INTERNAL, null, List.of());
	}

	/**
	 * A file to attach.
	 *
	 * @param name the file name as sent
	 * @param mediaType its media type
	 * @param content the bytes
	 */
	public record NewAttachment(String name, String mediaType, byte[] content) {
	}

}
