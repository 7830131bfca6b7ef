package dev.meridian.agents;

import java.util.UUID;

import dev.meridian.InvalidValueException;

/**
 * Identifies an agent across modules.
 */
public record AgentId(UUID value) {

	/** Reads an id sent by a client, naming {@code field} when it is not one. */
	public static AgentId parse(String field, String value) {
		try {
			return new AgentId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not an agent id");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
