package dev.meridian.channels.email.intake;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed mail into the message draft the tickets module stores: texts made
 * storable (PostgreSQL refuses NUL; lone surrogates are not Unicode), bodies and
 * attachments within the limits, and a line for each thing left out, so an agent knows to
 * look at the original.
 */
final class MailDrafts {

	/** As in the tickets module: a message's text may have at most this many chars. */
	static final int MAX_TEXT = 200_000;

	private MailDrafts() {
	}

	static MessageDraft of(ParsedMail mail, String fromAddress, Visibility visibility, long maxAttachmentSize) {
		List<MessageDraft.NewAttachment> attachments = new ArrayList<>();
		List<String> notes = new ArrayList<>(mail.skipped());
		for (ParsedMail.MailAttachment attachment : mail.attachments()) {
			if (attachment.content().length > maxAttachmentSize) {
				notes.add(attachment.name() + " (" + attachment.content().length + " bytes, over the limit)");
				continue;
			}
			if (attachment.content().length == 0) {
				continue;
			}
			attachments
				.add(new MessageDraft.NewAttachment(attachment.name(), attachment.mediaType(), attachment.content()));
		}
		String text = storable(mail.text());
		for (ParsedMail.CalendarInvite invite : mail.invites()) {
			text = text + (text.isBlank() ? "" : "\n\n") + "📅 " + (invite.summary() == null ? "" : invite.summary())
					+ (invite.start() == null ? "" : " (" + invite.start() + ")")
					+ (invite.method() == null ? "" : " [" + invite.method() + "]");
		}
		if (!notes.isEmpty()) {
			text = text + (text.isBlank() ? "" : "\n\n") + "⚠ " + String.join("\n⚠ ", notes);
		}
		if (text.isBlank()) {
			text = attachments.isEmpty() ? "—"
					: "📎 " + String.join(", ", attachments.stream().map(MessageDraft.NewAttachment::name).toList());
		}
		String html = mail.html() == null ? null : storable(mail.html());
		if (html != null && (html.length() > MAX_TEXT || html.isBlank())) {
			html = null;
		}
		return new MessageDraft(clip(text), html, null, null, visibility, mail.messageId(), attachments,
				new MessageDraft.Envelope(fromAddress, mail.from() == null ? null : storableOrNull(mail.from().name()),
						storable(mail.subject())));
	}

	private static String clip(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = MAX_TEXT - 20;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "\n[…]";
	}

	private static @Nullable String storableOrNull(@Nullable String value) {
		return value == null ? null : storable(value);
	}

	/** NUL and unpaired surrogates become U+FFFD; the original source keeps the bytes. */
	static String storable(String value) {
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean bad = c == 0;
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					if (out != null) {
						out.append(c).append(value.charAt(i + 1));
					}
					i++;
					continue;
				}
				bad = true;
			}
			else if (Character.isLowSurrogate(c)) {
				bad = true;
			}
			if (bad && out == null) {
				out = new StringBuilder(value.length());
				out.append(value, 0, i);
			}
			if (out != null) {
				out.append(bad ? '\uFFFD' : c);
			}
		}
		return out == null ? value : out.toString();
	}

}
