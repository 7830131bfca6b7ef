package dev.meridian.tickets;

import java.time.Instant;

/**
 * A ticket's priority changed: its service-level targets may be different now.
 */
public record TicketReprioritized(TicketId ticket, Priority from, Priority to, Instant at) {
}
