package dev.meridian.agents;

import java.util.UUID;

/**
 * Identifies a team across modules.
 */
public record TeamId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
