package dev.meridian.sla.internal;

import java.time.Instant;

import dev.meridian.sla.SlaTarget;
import dev.meridian.tickets.TicketId;

/**
 * A running service-level clock that needs attention now: its warning time or its due
 * time has passed and it is not marked yet.
 *
 * @param breach true when the due time passed, false when only the warning time did
 */
record SlaAlarm(TicketId ticket, SlaTarget target, Instant dueAt, boolean breach) {
}
