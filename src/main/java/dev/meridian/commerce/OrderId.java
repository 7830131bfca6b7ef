package dev.meridian.commerce;

import java.util.UUID;

/**
 * Identifies an order across modules.
 */
public record OrderId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
