package dev.meridian.agents;

import java.util.UUID;

/**
 * Identifies an agent across modules.
 */
public record AgentId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
