package dev.meridian.agents;

import java.time.Instant;

/**
 * An agent's shifts, holiday region, capacity or time off changed.
 */
public record AgentAvailabilityChanged(AgentId agent, Instant at) {
}
