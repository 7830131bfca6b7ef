package dev.meridian.routing;

import dev.meridian.agents.AgentId;
import dev.meridian.tickets.AssignmentReason;

/**
 * What routing decided for a ticket, and why.
 */
public sealed interface RoutingDecision {

	AssignmentReason reason();

	/** Give the ticket to this agent. */
	record Assign(AgentId agent, AssignmentReason reason) implements RoutingDecision {
	}

	/** Nobody fits now: the ticket waits in its team's queue. */
	record Wait(AssignmentReason reason) implements RoutingDecision {
	}

}
