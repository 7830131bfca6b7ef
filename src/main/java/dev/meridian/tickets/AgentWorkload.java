package dev.meridian.tickets;

import java.time.Instant;

import dev.meridian.agents.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * How much an agent has on their plate: unresolved tickets, of those live chats, and when
 * they last got a ticket (null when never, or not among the tickets they still hold).
 */
public record AgentWorkload(AgentId agent, int openTickets, int openChats, @Nullable Instant lastAssignedAt) {

	public static AgentWorkload idle(AgentId agent) {
		return new AgentWorkload(agent, 0, 0, null);
	}

	/** A load no capacity admits: for an agent who must not be chosen this time. */
	public static AgentWorkload full(AgentId agent) {
		return new AgentWorkload(agent, Integer.MAX_VALUE, Integer.MAX_VALUE, null);
	}

}
