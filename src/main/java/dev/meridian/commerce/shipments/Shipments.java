package dev.meridian.commerce.shipments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shipments and tracking events tables. A repeated event is dropped by the table's
 * unique keys ({@code on conflict do nothing}), so racing deliveries store it once.
 */
@Repository
class Shipments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, order_id, customer_id, carrier, tracking_number, tracking_url, origin_country, destination_country,
			items::text, status, sub_status, status_at, created_at, updated_at""";

	private final JdbcClient jdbc;

	Shipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the carrier's tracking number is recorded already. */
	boolean insert(Shipment shipment) {
		return this.jdbc.sql("""
				insert into commerce_shipments (id, order_id, customer_id, carrier, tracking_number, tracking_url,
				    origin_country, destination_country, items, status, sub_status, status_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
				on conflict (carrier, tracking_number) do nothing""")
			.params(shipment.uuid(), shipment.order().value(), shipment.customer().value(), shipment.carrier(),
					shipment.trackingNumber(), shipment.trackingUrl(), shipment.originCountry(),
					shipment.destinationCountry(), JSON.writeValueAsString(shipment.items()), shipment.status().value(),
					shipment.subStatus() == null ? null : shipment.subStatus().value(), timestamp(shipment.statusAt()),
					Timestamp.from(shipment.createdAt()), Timestamp.from(shipment.updatedAt()))
			.update() == 1;
	}

	Optional<Shipment> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from commerce_shipments where id = ?")
			.param(id)
			.query(Shipments::shipment)
			.optional();
	}

	/**
	 * The shipment with its row locked until the transaction ends: events apply in turn.
	 */
	Optional<Shipment> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from commerce_shipments where id = ? for update")
			.param(id)
			.query(Shipments::shipment)
			.optional();
	}

	List<Shipment> ofOrder(UUID order) {
		return this.jdbc
			.sql("select " + COLUMNS + " from commerce_shipments where order_id = ? order by created_at, id")
			.param(order)
			.query(Shipments::shipment)
			.list();
	}

	/** The shipments of these orders, each order's first recorded first. */
	List<Shipment> ofOrders(List<UUID> orders) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from commerce_shipments where order_id in (:orders) order by order_id, created_at, id")
			.param("orders", orders)
			.query(Shipments::shipment)
			.list();
	}

	/** Shipment ids with this tracking number, whatever the carrier. */
	List<UUID> withTrackingNumber(String trackingNumber) {
		return this.jdbc.sql("select id from commerce_shipments where tracking_number = ? order by created_at")
			.param(trackingNumber)
			.query(UUID.class)
			.list();
	}

	Optional<UUID> withTrackingNumber(String carrier, String trackingNumber) {
		return this.jdbc
			.sql("select id from commerce_shipments where lower(carrier) = lower(?) and tracking_number = ?")
			.params(carrier, trackingNumber)
			.query(UUID.class)
			.optional();
	}

	/**
	 * False when the event is stored already (same id from the sender, or same content).
	 */
	boolean insertEvent(UUID shipment, UUID id, TrackingEventDraft event, String source, Instant now) {
		return this.jdbc.sql("""
				insert into commerce_tracking_events (id, shipment_id, status, sub_status, occurred_at, local_zone,
				    location, description, source_event_id, source, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(id, shipment, event.status().value(), event.subStatus() == null ? "" : event.subStatus().value(),
					Timestamp.from(event.time().at()), event.time().zone() == null ? null : event.time().zone().getId(),
					event.location(), event.description(), event.sourceEventId(), source, Timestamp.from(now))
			.update() == 1;
	}

	List<TrackingEvent> events(UUID shipment) {
		return this.jdbc.sql("""
				select id, status, sub_status, occurred_at, local_zone, location, description, seq, received_at
				from commerce_tracking_events where shipment_id = ?""")
			.param(shipment)
			.query((rs, n) -> new TrackingEvent(rs.getObject(1, UUID.class),
					ShipmentStatus.parse("status", rs.getString(2)),
					rs.getString(3).isEmpty() ? null : ShipmentSubStatus.parse("subStatus", rs.getString(3)),
					new EventTime(rs.getTimestamp(4).toInstant(),
							rs.getString(5) == null ? null : ZoneId.of(rs.getString(5))),
					rs.getString(6), rs.getString(7), rs.getLong(8), rs.getTimestamp(9).toInstant()))
			.list();
	}

	void changeStatus(UUID shipment, ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, Instant at,
			Instant now) {
		this.jdbc
			.sql("update commerce_shipments set status = ?, sub_status = ?, status_at = ?, updated_at = ? where id = ?")
			.params(status.value(), subStatus == null ? null : subStatus.value(), Timestamp.from(at),
					Timestamp.from(now), shipment)
			.update();
	}

	private static Shipment shipment(ResultSet rs, int row) throws SQLException {
		List<ShipmentItem> items = JSON.readValue(rs.getString(9), new TypeReference<List<ShipmentItem>>() {
		});
		Timestamp statusAt = rs.getTimestamp(12);
		return new Shipment(rs.getObject(1, UUID.class), new OrderId(rs.getObject(2, UUID.class)),
				new CustomerId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getString(8), items, ShipmentStatus.parse("status", rs.getString(10)),
				rs.getString(11) == null ? null : ShipmentSubStatus.parse("subStatus", rs.getString(11)),
				statusAt == null ? null : statusAt.toInstant(), rs.getTimestamp(13).toInstant(),
				rs.getTimestamp(14).toInstant(), List.of());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
