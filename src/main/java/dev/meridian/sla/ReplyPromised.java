package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * The customer can now be told when to expect a first reply; {@code promisedAt} is null
 * when no time can honestly be promised (no target and nobody qualified on shift soon).
 * Channels acknowledge the ticket with it.
 */
public record ReplyPromised(TicketId ticket, @Nullable Instant promisedAt, Instant at) {
}
