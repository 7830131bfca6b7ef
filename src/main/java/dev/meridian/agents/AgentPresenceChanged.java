package dev.meridian.agents;

import java.time.Instant;

/**
 * An agent went online, away or offline.
 */
public record AgentPresenceChanged(AgentId agent, Presence presence, Instant at) {
}
