package dev.meridian.tickets;

import java.time.Instant;

/**
 * A solved ticket was opened again, by the customer writing back or by an agent.
 */
public record TicketReopened(TicketId ticket, Instant at) {
}
