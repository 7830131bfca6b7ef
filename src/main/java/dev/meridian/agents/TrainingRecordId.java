package dev.meridian.agents;

import java.util.UUID;

/**
 * Identifies one training record of an agent.
 */
public record TrainingRecordId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
