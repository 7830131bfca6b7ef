package dev.meridian.agents;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a signed-in agent, or an API token (which may belong to no agent).
 *
 * @param agent the agent acting, if any
 * @param role what the actor may do
 */
public record Actor(@Nullable AgentId agent, Role role) {

	public static Actor of(Agent agent) {
		return new Actor(agent.id(), agent.role());
	}

	public Optional<AgentId> agentId() {
		return Optional.ofNullable(this.agent);
	}

	public boolean is(Role minimum) {
		return this.role.includes(minimum);
	}

}
