package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.tickets.TicketId;

/**
 * A ticket missed a target: its due time passed before the reply or the solution.
 * Published once per target and ticket, by the periodic check or when the late reply or
 * solution comes first.
 */
public record SlaBreached(TicketId ticket, SlaTarget target, Instant dueAt, Instant at) {
}
