package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.agents.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * An agent answered the customer publicly; channels deliver it. {@code translated}: the
 * agent wrote in another language and the customer gets the translation.
 */
public record ReplySent(TicketId ticket, MessageId message, @Nullable AgentId agent, Instant at, boolean translated) {
}
