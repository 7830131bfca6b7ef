package dev.meridian.feedback;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * Feedback worded a mail for a customer (a survey, a "you told us, we changed this"
 * message) in their language; the email channel sends it as it is. Declared here so the
 * email channel depends on feedback, never the other way.
 *
 * @param key unique per mail, the local part of its Message-ID: a redelivered event
 * queues nothing twice
 * @param ticket the ticket it is about (a CSAT survey), none for a campaign
 * @param recipient the customer's address
 * @param subject the subject in the customer's language
 * @param body the plain text; its links are made clickable in the HTML part
 * @param language the language it is written in
 * @param market the customer's market, whose mailbox sends a mail about no ticket
 */
public record FeedbackMailRequested(String key, @Nullable TicketId ticket, String recipient, String subject,
		String body, LanguageTag language, @Nullable String market) {
}
