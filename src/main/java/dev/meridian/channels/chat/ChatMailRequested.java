package dev.meridian.channels.chat;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;

/**
 * The chat asks for a mail it has worded in full, in the visitor's language: a link that
 * confirms an address the visitor typed, or the transcript of a chat. The email channel
 * sends it from the mailbox of the ticket's market, once per {@code key}.
 *
 * @param key what makes this mail unique (a second request with the same key sends
 * nothing); letters, digits, dots and dashes
 * @param recipient the address to write to, which may not be the ticket's customer's yet
 * (a confirmation goes to the address that is to be confirmed)
 */
public record ChatMailRequested(TicketId ticket, String key, String recipient, LanguageTag language, String subject,
		String body) {
}
