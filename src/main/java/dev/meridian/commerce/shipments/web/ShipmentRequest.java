package dev.meridian.commerce.shipments.web;

import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.shipments.ShipmentDraft;
import dev.meridian.commerce.shipments.ShipmentItem;
import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/commerce/orders/{id}/shipments}.
 */
record ShipmentRequest(@Nullable String carrier, @Nullable String trackingNumber, @Nullable String destinationCountry,
		@Nullable String originCountry, @Nullable String trackingUrl, @Nullable List<Item> items) {

	record Item(@Nullable String sku, @Nullable Integer quantity) {
	}

	ShipmentDraft toDraft() {
		if (this.destinationCountry == null || this.destinationCountry.isBlank()) {
			throw new InvalidValueException("destinationCountry", "The destination country is required");
		}
		CountryCode destination = CountryCode.parse("destinationCountry", this.destinationCountry);
		CountryCode origin = this.originCountry == null || this.originCountry.isBlank() ? null
				: CountryCode.parse("originCountry", this.originCountry);
		List<ShipmentItem> parts = this.items == null ? List.of()
				: this.items.stream()
					.map(item -> new ShipmentItem(item.sku() == null ? "" : item.sku(),
							item.quantity() == null ? 1 : item.quantity()))
					.toList();
		return new ShipmentDraft(this.carrier == null ? "" : this.carrier,
				this.trackingNumber == null ? "" : this.trackingNumber, destination, origin, this.trackingUrl, parts);
	}

}
