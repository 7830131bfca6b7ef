package dev.meridian.channels.email.outbound;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.channels.email.mailbox.MailboxSettings;
import dev.meridian.customers.Customer;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jspecify.annotations.Nullable;

/**
 * Composes outbound mail: the mailbox's From, the ticket's tag in the subject
 * ({@code [#123]}, which threads a reply even when a mail program drops the headers),
 * Message-ID, In-Reply-To and References, and text and HTML alternatives. Notifications
 * carry RFC 3834 {@code Auto-Submitted: auto-replied} so other systems do not answer
 * them.
 */
final class OutboundMails {

	private OutboundMails() {
	}

	static String subjectTag(long number) {
		return "[#" + number + "]";
	}

	/**
	 * @param promised when the customer was promised a first reply, for an
	 * acknowledgement
	 * @param suggestion an article that may already answer, for an acknowledgement
	 */
	static MimeMessage compose(Session session, Outbox.Entry entry, Ticket ticket, java.time.@Nullable Instant promised,
			Customer customer, @Nullable Message reply, MailboxSettings mailbox, List<String> thread,
			@Nullable String answered, AnswerSuggestions.@Nullable Suggestion suggestion)
			throws MessagingException, java.io.UnsupportedEncodingException {
		Outbox.Confirmation confirmation = entry.confirmation();
		Outbox.Composed composed = entry.composed();
		Locale locale = composed != null ? Locale.forLanguageTag(composed.language())
				: confirmation != null ? Locale.forLanguageTag(confirmation.language())
						: ticket.language().isUndetermined() ? customer.preferredLanguage().locale()
								: ticket.language().locale();
		Map<String, Object> arguments = Map.of("number", subjectTag(ticket.number()), "subject", ticket.subject());
		String subject;
		String text;
		String html;
		switch (entry.kind()) {
			case REPLY -> {
				subject = "Re: " + ticket.subject();
				String footer = Notifications.text("reply.footer", locale, arguments);
				text = reply.text() + "\n\n-- \n" + footer;
				html = reply.html() + "<p style=\"color:#666\">" + escape(footer) + "</p>";
			}
			case RECEIVED -> {
				subject = Notifications.text(entry.echoSubject() ? "received.subject" : "received.subjectWithoutEcho",
						locale, arguments);
				// A time only in the customer's own zone, never the server's or an
				// agent's.
				java.time.ZoneId zone = customer.timeZone().orElse(null);
				text = zone == null || promised == null ? Notifications.text("received.body", locale, arguments)
						: Notifications.text("received.bodyPromised", locale,
								Notifications.withPromise(arguments, promised, zone, locale));
				html = paragraphs(text);
				if (suggestion != null) {
					String suggested = Notifications.text("received.suggestion", locale, Map.of("title",
							suggestion.title(), "passage", suggestion.passage(), "link", suggestion.link()));
					text = text + "\n\n" + suggested;
					html = html + "<hr>" + paragraphs(suggested);
				}
			}
			case CONFIRM -> {
				subject = Notifications.text("confirm.subject", locale, arguments);
				Map<String, Object> withLink = new java.util.HashMap<>(arguments);
				withLink.put("link", confirmation.link());
				withLink.put("expires", Notifications.dateTime(confirmation.expiresAt(),
						customer.timeZone().orElse(java.time.ZoneOffset.UTC), locale));
				text = Notifications.text("confirm.body", locale, withLink);
				html = paragraphs(text);
			}
			case COMPOSED -> {
				if (composed == null) {
					throw new IllegalStateException("Mail " + entry.messageIdHeader() + " has no text");
				}
				subject = composed.subject();
				text = composed.body();
				html = linked(paragraphs(text));
			}
			default -> {
				subject = Notifications.text("solved.subject", locale, arguments);
				text = Notifications.text("solved.body", locale, arguments);
				html = paragraphs(text);
			}
		}
		if (!subject.contains(subjectTag(ticket.number()))) {
			subject = subject + " " + subjectTag(ticket.number());
		}
		MimeMessage message = new FixedIdMessage(session, "<" + entry.messageIdHeader() + ">");
		message.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
		// A confirmation goes to whoever owns the address, not to the name the form gave;
		// a composed mail to the address it names, which may not be the customer's yet.
		message.setRecipient(jakarta.mail.Message.RecipientType.TO,
				confirmation != null || composed != null ? new InternetAddress(entry.recipient())
						: new InternetAddress(entry.recipient(), customer.displayName(), "UTF-8"));
		message.setSubject(subject, "UTF-8");
		message.setSentDate(new java.util.Date());
		List<String> references = thread.stream()
			.filter(id -> !id.equals(entry.messageIdHeader()))
			.skip(Math.max(0, thread.size() - 20))
			.toList();
		if (!references.isEmpty() && confirmation == null && composed == null) {
			message.setHeader("In-Reply-To",
					"<" + (answered != null ? answered : references.get(references.size() - 1)) + ">");
			message.setHeader("References", String.join(" ", references.stream().map(id -> "<" + id + ">").toList()));
		}
		if (entry.kind() != Outbox.Kind.REPLY) {
			message.setHeader("Auto-Submitted", "auto-replied");
			message.setHeader("X-Auto-Response-Suppress", "All");
		}
		message.setHeader("Content-Language", locale.toLanguageTag());
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, "UTF-8", "plain");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText("<!DOCTYPE html><html><body>" + html + "</body></html>", "UTF-8", "html");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(rich);
		message.setContent(alternative);
		message.saveChanges();
		return message;
	}

	/**
	 * The one-time link to an order's return page, in the customer's language, with its
	 * expiry in their zone (UTC, said so, when unknown).
	 */
	static MimeMessage composeReturnLink(Session session, Outbox.Entry entry, Outbox.Confirmation link,
			Outbox.ReturnLink about, MailboxSettings mailbox)
			throws MessagingException, java.io.UnsupportedEncodingException {
		Locale locale = Locale.forLanguageTag(link.language());
		java.time.ZoneId zone = about.zone() == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(about.zone());
		String expires = Notifications.dateTime(link.expiresAt(), zone, locale)
				+ (about.zone() == null ? " (UTC)" : "");
		Map<String, Object> arguments = Map.of("order", about.orderNumber(), "link", link.link(), "expires", expires);
		String text = Notifications.text("returnLink.body", locale, arguments);
		MimeMessage message = new FixedIdMessage(session, "<" + entry.messageIdHeader() + ">");
		message.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(entry.recipient()));
		message.setSubject(Notifications.text("returnLink.subject", locale, arguments), "UTF-8");
		message.setSentDate(new java.util.Date());
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-Auto-Response-Suppress", "All");
		message.setHeader("Content-Language", locale.toLanguageTag());
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, "UTF-8", "plain");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText("<!DOCTYPE html><html><body>" + paragraphs(text) + "</body></html>", "UTF-8", "html");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(rich);
		message.setContent(alternative);
		message.saveChanges();
		return message;
	}

	/**
	 * A mail worded elsewhere that belongs to no ticket (a survey campaign): as it is, to
	 * the address it names, with its links clickable.
	 */
	static MimeMessage composeWithoutTicket(Session session, Outbox.Entry entry, Outbox.Composed composed,
			MailboxSettings mailbox) throws MessagingException, java.io.UnsupportedEncodingException {
		Locale locale = Locale.forLanguageTag(composed.language());
		MimeMessage message = new FixedIdMessage(session, "<" + entry.messageIdHeader() + ">");
		message.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(entry.recipient()));
		message.setSubject(composed.subject(), "UTF-8");
		message.setSentDate(new java.util.Date());
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-Auto-Response-Suppress", "All");
		message.setHeader("Content-Language", locale.toLanguageTag());
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(composed.body(), "UTF-8", "plain");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText("<!DOCTYPE html><html><body>" + linked(paragraphs(composed.body())) + "</body></html>", "UTF-8",
				"html");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(rich);
		message.setContent(alternative);
		message.saveChanges();
		return message;
	}

	/**
	 * Escaped HTML with its http(s) addresses made links (a survey's one-click answers).
	 * Runs on escaped text, so an address cannot carry markup of its own.
	 */
	static String linked(String escapedHtml) {
		return LINK.matcher(escapedHtml).replaceAll("<a href=\"$0\">$0</a>");
	}

	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern
		.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&;+,=%-]+[A-Za-z0-9/=_-]");

	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.split("\n\n")) {
			html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Keeps the Message-ID we chose (and recorded for threading) through saveChanges. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}

	}

}
