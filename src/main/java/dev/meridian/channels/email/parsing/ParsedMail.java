package dev.meridian.channels.email.parsing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A mail as Meridian reads it.
 *
 * @param messageId the Message-ID without angle brackets, if it had one
 * @param inReplyTo the ids of In-Reply-To
 * @param references the ids of References, oldest first
 * @param from the sender, if an address could be found
 * @param subject the decoded subject (empty when missing)
 * @param date the Date header, if it could be read
 * @param text what the sender newly wrote: quoted history and signature cut
 * @param fullText the whole text body
 * @param html the HTML body as sent (not yet sanitized), if there was one
 * @param attachments files, inline images and forwarded mails
 * @param skipped files left out (too large, too many), each with a reason
 * @param invites calendar invitations found
 * @param kind personal, automatic reply, bulk or bounce
 * @param kindReason the header that decided the kind
 * @param bounce the delivery report, when this is a bounce
 * @param problems what was broken and worked around
 */
public record ParsedMail(@Nullable String messageId, List<String> inReplyTo, List<String> references,
		@Nullable Mailbox from, String subject, @Nullable Instant date, String text, String fullText,
		@Nullable String html, List<MailAttachment> attachments, List<String> skipped, List<CalendarInvite> invites,
		MailKind kind, @Nullable String kindReason, @Nullable DeliveryReport bounce, List<String> problems) {

	public ParsedMail {
		inReplyTo = List.copyOf(inReplyTo);
		references = List.copyOf(references);
		attachments = List.copyOf(attachments);
		skipped = List.copyOf(skipped);
		invites = List.copyOf(invites);
		problems = List.copyOf(problems);
	}

	/**
	 * Every id this mail answers, most specific first: In-Reply-To, then References
	 * newest first.
	 */
	public List<String> answeredIds() {
		java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(this.inReplyTo);
		List<String> reversed = new java.util.ArrayList<>(this.references);
		java.util.Collections.reverse(reversed);
		ids.addAll(reversed);
		return List.copyOf(ids);
	}

	/**
	 * A file from a mail.
	 *
	 * @param name the decoded file name
	 * @param mediaType its media type
	 * @param content the decoded bytes
	 * @param contentId the Content-ID an HTML body refers to with {@code cid:}, if any
	 */
	public record MailAttachment(String name, String mediaType, byte[] content, @Nullable String contentId) {
	}

	/**
	 * A calendar invitation ({@code text/calendar}).
	 *
	 * @param method REQUEST, CANCEL, REPLY...
	 * @param summary the event's title
	 * @param start its start as written (DTSTART)
	 */
	public record CalendarInvite(@Nullable String method, @Nullable String summary, @Nullable String start) {
	}

}
