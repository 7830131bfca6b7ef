package dev.meridian.knowledge;

import dev.meridian.tickets.TicketId;

/**
 * A ticket found by an agent's search.
 *
 * @param ticket the ticket
 * @param matchedIn where the best match was: {@code subject}, {@code message} or
 * {@code customer}
 * @param snippet the matching passage, HTML-escaped, matches in {@code <mark>}
 * @param score relevance, higher is better
 */
public record ConversationHit(TicketId ticket, String matchedIn, String snippet, double score) {
}
