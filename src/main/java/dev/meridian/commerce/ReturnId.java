package dev.meridian.commerce;

import java.util.UUID;

/**
 * Identifies a return (RMA) across modules.
 */
public record ReturnId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
