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
 * @param languageConfidence how sure detection was of the language, if it was detected
 * @param visibility public or internal note
 * @param externalId the channel's id of the message (e.g. an email's Message-ID)
 * @param attachments files sent with the message
 * @param envelope who sent it and under which subject, as a channel such as email tells
 */
public record MessageDraft(@Nullable String text, @Nullable String html, @Nullable LanguageTag language,
		@Nullable Double languageConfidence, Visibility visibility, @Nullable String externalId,
		List<NewAttachment> attachments, @Nullable Envelope envelope) {

	public MessageDraft {
		attachments = List.copyOf(attachments);
	}

	public MessageDraft(@Nullable String text, @Nullable String html, @Nullable LanguageTag language,
			@Nullable Double languageConfidence, Visibility visibility, @Nullable String externalId,
			List<NewAttachment> attachments) {
		this(text, html, language, languageConfidence, visibility, externalId, attachments, null);
	}

	public static MessageDraft text(String text) {
		return new MessageDraft(text, null, null, null, Visibility.PUBLIC, null, List.of());
	}

	public static MessageDraft note(String text) {
		return new MessageDraft(text, null, null, null, Visibility.INTERNAL, null, List.of());
	}

	/** The same message with its language as detected, and how sure the detection was. */
	public MessageDraft withDetectedLanguage(LanguageTag language, double confidence) {
		return new MessageDraft(this.text, this.html, language, confidence, this.visibility, this.externalId,
				this.attachments, this.envelope);
	}

	/** The text to read: as written, or derived from the HTML when only HTML was sent. */
	String readableText() {
		if (this.text != null && !this.text.isBlank()) {
			return this.text;
		}
		return this.html == null ? "" : MessageBodies.textOf(this.html);
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

	/**
	 * What a channel says about who sent a message and under which subject, as decoded
	 * from it (an email's From and Subject).
	 *
	 * @param fromAddress the sender's address
	 * @param fromName the sender's display name, if given
	 * @param subject the subject, if any
	 */
	public record Envelope(String fromAddress, @Nullable String fromName, @Nullable String subject) {

		public Envelope {
			fromAddress = clip(fromAddress, 320);
			fromName = fromName == null ? null : clip(fromName, 400);
			subject = subject == null ? null : clip(subject, 1000);
		}

		/** Cuts at a code point boundary, so a clipped value stays valid Unicode. */
		private static String clip(String value, int max) {
			if (value.codePointCount(0, value.length()) <= max) {
				return value;
			}
			return value.substring(0, value.offsetByCodePoints(0, max));
		}

	}

}
