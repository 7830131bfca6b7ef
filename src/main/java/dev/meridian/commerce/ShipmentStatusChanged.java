package dev.meridian.commerce;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * A shipment's current status or sub-status changed: the newest tracking event (by when
 * it happened, not when it arrived) says something else than before. An event that
 * arrives late and is older than the current one changes nothing and publishes nothing.
 *
 * @param shipment the shipment
 * @param order its order
 * @param customer the order's customer
 * @param status the new status
 * @param subStatus the new sub-status, if the carrier gave one
 * @param occurredAt when the carrier saw it happen
 * @param trackingEvent the id of the tracking event that brought the change (unique: one
 * change per tracking event)
 * @param trackingNumber the carrier's tracking number
 * @param carrier the carrier as recorded
 * @param orderNumber the shop's order number
 * @param trackingUrl the carrier's tracking page, if known
 */
public record ShipmentStatusChanged(ShipmentId shipment, OrderId order, CustomerId customer, ShipmentStatus status,
		@Nullable ShipmentSubStatus subStatus, Instant occurredAt, UUID trackingEvent, String trackingNumber,
		String carrier, String orderNumber, @Nullable String trackingUrl) {
}
