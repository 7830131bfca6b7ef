package dev.meridian.commerce;

import java.util.UUID;

/**
 * Identifies a shipment across modules.
 */
public record ShipmentId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
