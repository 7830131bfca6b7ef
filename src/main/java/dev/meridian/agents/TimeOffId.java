package dev.meridian.agents;

import java.util.UUID;

/**
 * Identifies one entry of an agent's time off.
 */
public record TimeOffId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
