package dev.meridian.commerce.shipments;

import java.util.List;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A shipment to record for an order.
 *
 * @param carrier the carrier as the shop names it (UPS, DHL, La Poste, ...)
 * @param trackingNumber the carrier's tracking number
 * @param destinationCountry where it goes
 * @param originCountry where it leaves from, if known
 * @param trackingUrl the tracking page; when null, the carrier's own page if we know it
 * @param items what it holds, if said
 */
public record ShipmentDraft(String carrier, String trackingNumber, CountryCode destinationCountry,
		@Nullable CountryCode originCountry, @Nullable String trackingUrl, List<ShipmentItem> items) {

	public ShipmentDraft {
		items = List.copyOf(items);
	}

}
