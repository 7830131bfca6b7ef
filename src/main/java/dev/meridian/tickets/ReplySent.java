package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.agents.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * An agent answered the customer publicly; channels deliver it.
 */
public record ReplySent(TicketId ticket, MessageId message, @Nullable AgentId agent, Instant at) {
}
