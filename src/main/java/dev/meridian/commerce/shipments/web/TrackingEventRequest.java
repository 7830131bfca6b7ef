package dev.meridian.commerce.shipments.web;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.commerce.shipments.EventTime;
import dev.meridian.commerce.shipments.TrackingEventDraft;
import org.jspecify.annotations.Nullable;

/**
 * A tracking event through the API ({@code POST /api/v1/commerce/shipments/{id}/events})
 * or the webhook, which adds {@code trackingNumber}, {@code carrier} and {@code eventId}.
 * {@code occurredAt} is ISO 8601 with an offset, optionally with the zone in brackets;
 * {@code zone} (an IANA id) says where it happened when the time is in UTC.
 */
record TrackingEventRequest(@Nullable String trackingNumber, @Nullable String carrier, @Nullable String status,
		@Nullable String subStatus, @Nullable String occurredAt, @Nullable String zone, @Nullable String location,
		@Nullable String description, @Nullable String eventId) {

	TrackingEventDraft toDraft() {
		if (this.status == null || this.status.isBlank()) {
			throw new InvalidValueException("status", "The status is required");
		}
		ShipmentStatus parsed = ShipmentStatus.parse("status", this.status);
		ShipmentSubStatus sub = this.subStatus == null || this.subStatus.isBlank() ? null
				: ShipmentSubStatus.parse("subStatus", this.subStatus, parsed);
		EventTime time = EventTime.parse("occurredAt", this.occurredAt, "zone", this.zone);
		return new TrackingEventDraft(parsed, sub, time, clip("location", this.location, 500),
				clip("description", this.description, 2000), clip("eventId", this.eventId, 200));
	}

	private static @Nullable String clip(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidValueException(field, field + " may have at most " + max + " characters");
		}
		return stripped;
	}

}
