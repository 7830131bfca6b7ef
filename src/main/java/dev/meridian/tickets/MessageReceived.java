package dev.meridian.tickets;

import java.time.Instant;

/**
 * A customer wrote to a ticket: its first message ({@code opening}, published with
 * {@link TicketCreated}) or a later one.
 *
 * @param awaitingFirstReply nobody had replied on the ticket yet when the customer wrote:
 * the first-reply clock still runs, so the message starts no reply clock of its own (a
 * chat's visitor writes many lines before the first answer)
 */
public record MessageReceived(TicketId ticket, MessageId message, Instant at, boolean opening,
		boolean awaitingFirstReply) {
}
