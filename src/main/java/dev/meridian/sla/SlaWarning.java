package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.tickets.TicketId;

/**
 * A ticket's target is due soon: its policy's warning lead before the due time has come.
 * Published once per target and ticket.
 */
public record SlaWarning(TicketId ticket, SlaTarget target, Instant dueAt, Instant at) {
}
