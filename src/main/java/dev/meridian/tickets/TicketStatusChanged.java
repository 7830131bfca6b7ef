package dev.meridian.tickets;

import java.time.Instant;

/**
 * A ticket moved along its life cycle. Published besides the more specific
 * {@link TicketSolved} and {@link TicketReopened}, so a listener that follows every move
 * (service-level clocks that stop while the customer is awaited) needs only this one.
 */
public record TicketStatusChanged(TicketId ticket, Status from, Status to, Instant at) {
}
