package dev.meridian.commerce.shipments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

/**
 * One thing a carrier reported about a shipment.
 *
 * @param id our id of it
 * @param status the status it reports
 * @param subStatus what exactly, if said
 * @param time when and where (zone) it happened
 * @param location the place, as the carrier names it
 * @param description the carrier's words
 * @param sequence arrival order among the shipment's events
 * @param receivedAt when we learned of it
 */
public record TrackingEvent(UUID id, ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, EventTime time,
		@Nullable String location, @Nullable String description, long sequence, Instant receivedAt) {

	public Instant occurredAt() {
		return this.time.at();
	}

	public Optional<ShipmentSubStatus> subStatusIfAny() {
		return Optional.ofNullable(this.subStatus);
	}

}
