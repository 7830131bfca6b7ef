package dev.meridian.commerce.shipments;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

/**
 * A tracking event as a carrier, an aggregator or a person reports it.
 *
 * @param status the status
 * @param subStatus what exactly, if said
 * @param time when (and in which zone) it happened
 * @param location the place
 * @param description the carrier's words
 * @param sourceEventId the sender's id of the event, so a replay is stored once
 */
public record TrackingEventDraft(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, EventTime time,
		@Nullable String location, @Nullable String description, @Nullable String sourceEventId) {
}
