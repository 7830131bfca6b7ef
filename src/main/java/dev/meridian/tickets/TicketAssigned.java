package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.agents.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket got a new assignee, or none.
 */
public record TicketAssigned(TicketId ticket, @Nullable AgentId assignee, Instant at) {
}
