package dev.meridian.commerce;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * A shipment entered the {@code exception} status (published beside
 * {@link ShipmentStatusChanged}, for listeners that care about stuck parcels only).
 *
 * @param shipment the shipment
 * @param order its order
 * @param customer the order's customer
 * @param subStatus why, if the carrier said
 * @param occurredAt when the carrier saw it happen
 * @param trackingEvent the tracking event that brought it
 */
public record ShipmentExceptionRaised(ShipmentId shipment, OrderId order, CustomerId customer,
		@Nullable ShipmentSubStatus subStatus, Instant occurredAt, UUID trackingEvent) {
}
