package dev.meridian.tickets;

import java.time.Instant;

/**
 * A customer wrote to a ticket: its first message ({@code opening}, published with
 * {@link TicketCreated}) or a later one.
 */
public record MessageReceived(TicketId ticket, MessageId message, Instant at, boolean opening) {
}
