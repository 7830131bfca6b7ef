package dev.meridian.commerce.shipments;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders a shipment's events by when they happened, not by when they arrived: carriers
 * and aggregators deliver late scans after newer ones. Of two events of the same moment,
 * the one that arrived last counts.
 */
public final class TrackingTimeline {

	/** Oldest first. */
	public static final Comparator<TrackingEvent> CHRONOLOGICAL = Comparator.comparing(TrackingEvent::occurredAt)
		.thenComparingLong(TrackingEvent::sequence);

	private TrackingTimeline() {
	}

	/** The event that says where the shipment is now, if there is any. */
	public static Optional<TrackingEvent> current(List<TrackingEvent> events) {
		return events.stream().max(CHRONOLOGICAL);
	}

	/** The events newest first, as the API shows them. */
	public static List<TrackingEvent> newestFirst(List<TrackingEvent> events) {
		return events.stream().sorted(CHRONOLOGICAL.reversed()).toList();
	}

}
