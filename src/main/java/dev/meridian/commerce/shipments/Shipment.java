package dev.meridian.commerce.shipments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ShipmentId;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel on its way to a customer, with what its carrier reported, newest first. Until
 * the first event arrives its status is {@code info_received}.
 */
public record Shipment(UUID uuid, OrderId order, CustomerId customer, String carrier, String trackingNumber,
		@Nullable String trackingUrl, @Nullable String originCountry, String destinationCountry,
		List<ShipmentItem> items, ShipmentStatus status, @Nullable ShipmentSubStatus subStatus,
		@Nullable Instant statusAt, Instant createdAt, Instant updatedAt, List<TrackingEvent> events) {

	public Shipment {
		items = List.copyOf(items);
		events = List.copyOf(events);
	}

	public ShipmentId id() {
		return new ShipmentId(this.uuid);
	}

	Shipment withEvents(List<TrackingEvent> events) {
		return new Shipment(this.uuid, this.order, this.customer, this.carrier, this.trackingNumber, this.trackingUrl,
				this.originCountry, this.destinationCountry, this.items, this.status, this.subStatus, this.statusAt,
				this.createdAt, this.updatedAt, TrackingTimeline.newestFirst(events));
	}

}
