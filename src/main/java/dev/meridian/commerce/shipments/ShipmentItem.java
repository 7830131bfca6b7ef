package dev.meridian.commerce.shipments;

import dev.meridian.InvalidValueException;

/**
 * Some of an order's items in a shipment.
 *
 * @param sku the item's SKU
 * @param quantity how many
 */
public record ShipmentItem(String sku, int quantity) {

	public ShipmentItem {
		if (sku == null || sku.isBlank()) {
			throw new InvalidValueException("items", "Every item needs a sku");
		}
		if (quantity < 1) {
			throw new InvalidValueException("items", "The quantity of " + sku + " must be at least 1");
		}
		sku = sku.strip();
	}

}
