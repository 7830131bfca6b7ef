package dev.meridian.commerce.shipments.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentItem;
import dev.meridian.commerce.shipments.TrackingEvent;
import org.jspecify.annotations.Nullable;

/**
 * A shipment as the API shows it; its events newest first.
 */
record ShipmentResponse(String id, String orderId, String customerId, String carrier, String trackingNumber,
		@Nullable String trackingUrl, @Nullable String originCountry, String destinationCountry,
		List<ShipmentItem> items, String status, @Nullable String subStatus, @Nullable Instant statusAt,
		Instant createdAt, List<Event> events) {

	/**
	 * One event: {@code localTime} is the time where it happened (ISO 8601 with offset
	 * and, when known, the zone in brackets), absent when the place's zone is unknown.
	 * {@code descriptionLanguage} is {@code und} beside a description: carriers write in
	 * a language of their choosing and do not say which.
	 */
	record Event(String id, String status, @Nullable String subStatus, Instant occurredAt, @Nullable String localTime,
			@Nullable String location, @Nullable String description, @Nullable String descriptionLanguage) {

		static Event of(TrackingEvent event) {
			return new Event(event.id().toString(), event.status().value(),
					event.subStatus() == null ? null : event.subStatus().value(), event.occurredAt(),
					event.time().localTime().map(DateTimeFormatter.ISO_ZONED_DATE_TIME::format).orElse(null),
					event.location(), event.description(), event.description() == null ? null : "und");
		}

	}

	static ShipmentResponse of(Shipment shipment) {
		return new ShipmentResponse(shipment.id().toString(), shipment.order().toString(),
				shipment.customer().value().toString(), shipment.carrier(), shipment.trackingNumber(),
				shipment.trackingUrl(), shipment.originCountry(), shipment.destinationCountry(), shipment.items(),
				shipment.status().value(), shipment.subStatus() == null ? null : shipment.subStatus().value(),
				shipment.statusAt(), shipment.createdAt(), shipment.events().stream().map(Event::of).toList());
	}

}
