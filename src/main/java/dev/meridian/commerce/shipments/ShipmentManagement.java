package dev.meridian.commerce.shipments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ShipmentExceptionRaised;
import dev.meridian.commerce.ShipmentId;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentStatusChanged;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records shipments of orders and what their carriers report. The shipment's status is
 * always its newest event by when it happened; a change publishes
 * {@link ShipmentStatusChanged} (and {@link ShipmentExceptionRaised} on entering
 * {@code exception}) in the same transaction, so listeners hear of it exactly when it is
 * stored.
 */
@Service
public class ShipmentManagement {

	private final Shipments shipments;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ShipmentManagement(Shipments shipments, OrderManagement orders, ApplicationEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a shipment of an order.
	 * @throws NotFoundException for an unknown order
	 * @throws ShipmentAlreadyRecordedException if the tracking number is recorded
	 */
	@Transactional
	public Shipment record(OrderId orderId, ShipmentDraft draft) {
		Order order = this.orders.get(orderId);
		String carrier = required("carrier", draft.carrier(), 100);
		String number = required("trackingNumber", draft.trackingNumber(), 100);
		String url = draft.trackingUrl() != null && !draft.trackingUrl().isBlank() ? checkedUrl(draft.trackingUrl())
				: CarrierLinks.trackingUrl(carrier, number).orElse(null);
		Instant now = this.clock.instant();
		Shipment shipment = new Shipment(UUID.randomUUID(), order.id(), order.customer(), carrier, number, url,
				draft.originCountry() == null ? null : draft.originCountry().value(),
				draft.destinationCountry().value(), draft.items(), ShipmentStatus.INFO_RECEIVED, null, null, now, now,
				List.of());
		if (!this.shipments.insert(shipment)) {
			throw new ShipmentAlreadyRecordedException(carrier, number);
		}
		return shipment;
	}

	/** A shipment with its events, newest first. */
	@Transactional(readOnly = true)
	public Shipment get(ShipmentId id) {
		Shipment shipment = this.shipments.find(id.value()).orElseThrow(() -> new NotFoundException("Shipment", id));
		return shipment.withEvents(this.shipments.events(id.value()));
	}

	/** An order's shipments, first recorded first, each with its events. */
	@Transactional(readOnly = true)
	public List<Shipment> ofOrder(OrderId id) {
		this.orders.get(id);
		return this.shipments.ofOrder(id.value())
			.stream()
			.map(shipment -> shipment.withEvents(this.shipments.events(shipment.uuid())))
			.toList();
	}

	/**
	 * The shipments of several orders in one read, by order, first recorded first, each
	 * with its latest status but without its events: what a list of parcels shows.
	 */
	@Transactional(readOnly = true)
	public Map<OrderId, List<Shipment>> ofOrders(Collection<OrderId> orders) {
		if (orders.isEmpty()) {
			return Map.of();
		}
		Map<OrderId, List<Shipment>> found = new LinkedHashMap<>();
		this.shipments.ofOrders(orders.stream().map(OrderId::value).distinct().toList())
			.forEach(shipment -> found.computeIfAbsent(shipment.order(), order -> new ArrayList<>()).add(shipment));
		return found;
	}

	/**
	 * Adds a tracking event to a shipment; one already stored (same sender id, or same
	 * status, sub-status and moment) is dropped.
	 * @param source {@code api} or {@code webhook}
	 * @return whether it was stored, and the shipment as it is now
	 */
	@Transactional
	public Added addEvent(ShipmentId id, TrackingEventDraft event, String source) {
		Shipment before = this.shipments.lock(id.value()).orElseThrow(() -> new NotFoundException("Shipment", id));
		Instant now = this.clock.instant();
		boolean stored = this.shipments.insertEvent(id.value(), UUID.randomUUID(), event, source, now);
		List<TrackingEvent> all = this.shipments.events(id.value());
		TrackingEvent current = TrackingTimeline.current(all).orElse(null);
		if (stored && current != null
				&& (current.status() != before.status() || !Objects.equals(current.subStatus(), before.subStatus()))) {
			this.shipments.changeStatus(id.value(), current.status(), current.subStatus(), current.occurredAt(), now);
			Order order = this.orders.get(before.order());
			this.events.publishEvent(new ShipmentStatusChanged(id, before.order(), before.customer(), current.status(),
					current.subStatus(), current.occurredAt(), current.id(), before.trackingNumber(), before.carrier(),
					order.number(), before.trackingUrl()));
			if (current.status() == ShipmentStatus.EXCEPTION && before.status() != ShipmentStatus.EXCEPTION) {
				this.events.publishEvent(new ShipmentExceptionRaised(id, before.order(), before.customer(),
						current.subStatus(), current.occurredAt(), current.id()));
			}
		}
		return new Added(stored, get(id));
	}

	/**
	 * The shipment a tracking webhook speaks of: by carrier and number when the carrier
	 * is given, else by number alone.
	 * @throws NotFoundException when no shipment has the number
	 * @throws InvalidValueException naming {@code carrier} when several carriers use it
	 */
	@Transactional(readOnly = true)
	public ShipmentId byTrackingNumber(@Nullable String carrier, String trackingNumber) {
		String number = required("trackingNumber", trackingNumber, 100);
		if (carrier != null && !carrier.isBlank()) {
			return this.shipments.withTrackingNumber(carrier.strip(), number)
				.map(ShipmentId::new)
				.orElseThrow(() -> new NotFoundException("Shipment", carrier.strip() + " " + number));
		}
		List<UUID> found = this.shipments.withTrackingNumber(number);
		if (found.isEmpty()) {
			throw new NotFoundException("Shipment", number);
		}
		if (found.size() > 1) {
			throw new InvalidValueException("carrier",
					"Several carriers use tracking number " + number + ": say which carrier");
		}
		return new ShipmentId(found.get(0));
	}

	/** What {@link #addEvent} did. */
	public record Added(boolean stored, Shipment shipment) {
	}

	private static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, field + " is required");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidValueException(field, field + " may have at most " + max + " characters");
		}
		return stripped;
	}

	private static String checkedUrl(String url) {
		String stripped = url.strip();
		if (!(stripped.startsWith("https://") || stripped.startsWith("http://")) || stripped.length() > 2000) {
			throw new InvalidValueException("trackingUrl", "The tracking URL must be an http(s) URL");
		}
		return stripped;
	}

}
