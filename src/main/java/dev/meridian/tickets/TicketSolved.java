package dev.meridian.tickets;

import java.time.Instant;

/**
 * A ticket was solved.
 */
public record TicketSolved(TicketId ticket, Instant at) {
}
