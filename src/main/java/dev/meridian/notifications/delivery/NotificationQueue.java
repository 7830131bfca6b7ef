package dev.meridian.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentStatusChanged;
import dev.meridian.commerce.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code shipment_notifications} table as a work queue: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease ({@code claimed_until}), so several nodes
 * share the work and a node that dies mid-way leaves its rows to the others once the
 * lease ends.
 */
@Repository
class NotificationQueue {

	private final JdbcClient jdbc;

	NotificationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notification waiting to go out. */
	record Entry(UUID id, UUID trackingEvent, UUID shipment, UUID order, String orderNumber, UUID customer,
			String carrier, String trackingNumber, @Nullable String trackingUrl, ShipmentStatus status,
			@Nullable ShipmentSubStatus subStatus, int attempts) {
	}

	/**
	 * Records the decision for a tracking event; false if one was recorded before (the
	 * event was delivered again).
	 */
	boolean insert(ShipmentStatusChanged event, String state, @Nullable String reason, Instant due, Instant now) {
		return this.jdbc.sql("""
				insert into shipment_notifications (id, tracking_event_id, shipment_id, order_id, order_number,
				    customer_id, carrier, tracking_number, tracking_url, status, sub_status, occurred_at, state, reason,
				    due_at, created_at, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tracking_event_id) do nothing""")
			.params(UUID.randomUUID(), event.trackingEvent(), event.shipment().value(), event.order().value(),
					event.orderNumber(), event.customer().value(), event.carrier(), event.trackingNumber(),
					event.trackingUrl(), event.status().value(),
					event.subStatus() == null ? null : event.subStatus().value(), Timestamp.from(event.occurredAt()),
					state, reason, Timestamp.from(due), Timestamp.from(now),
					"queued".equals(state) ? null : Timestamp.from(now))
			.update() == 1;
	}

	boolean isRecorded(UUID trackingEvent) {
		return this.jdbc.sql("select count(*) from shipment_notifications where tracking_event_id = ?")
			.param(trackingEvent)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Holds the shipment's notifications until the transaction ends, so the changes of
	 * one shipment are decided one after the other (listeners run in parallel).
	 */
	void lockShipment(UUID shipment) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended('shipment_notifications:' || ?, 0))")
			.param(shipment.toString())
			.query((rs, n) -> 1)
			.list();
	}

	/**
	 * Whether a change that happened later than {@code occurredAt} is queued or sent
	 * already: then this older one is out of date (listeners may run out of order).
	 */
	boolean hasNewer(UUID shipment, Instant occurredAt) {
		return this.jdbc.sql("""
				select count(*) from shipment_notifications
				where shipment_id = ? and state in ('queued', 'sent') and occurred_at > ?""")
			.params(shipment, Timestamp.from(occurredAt))
			.query(Long.class)
			.single() > 0;
	}

	/** A newer change of the shipment replaces what was still waiting. */
	int supersedeQueued(UUID shipment, Instant now) {
		return this.jdbc.sql("""
				update shipment_notifications set state = 'superseded', reason = 'a newer change replaced it',
				    decided_at = ?, claimed_until = null
				where shipment_id = ? and state = 'queued'""").params(Timestamp.from(now), shipment).update();
	}

	/**
	 * Claims due notifications nobody holds, leased until {@code until}. Meant for a
	 * transaction of its own that commits right away.
	 */
	List<Entry> claimDue(Instant now, Instant until, int limit) {
		return this.jdbc.sql("""
				update shipment_notifications set claimed_until = ?
				where id in (select id from shipment_notifications
				             where state = 'queued' and due_at <= ? and (claimed_until is null or claimed_until <= ?)
				             order by due_at limit ? for update skip locked)
				returning id, tracking_event_id, shipment_id, order_id, order_number, customer_id, carrier,
				          tracking_number, tracking_url, status, sub_status, attempts""")
			.params(Timestamp.from(until), Timestamp.from(now), Timestamp.from(now), limit)
			.query(NotificationQueue::entry)
			.list();
	}

	/**
	 * Locks the row and tells whether it still waits to go out (not superseded
	 * meanwhile).
	 */
	boolean lockQueued(UUID id) {
		return this.jdbc.sql("select state from shipment_notifications where id = ? for update")
			.param(id)
			.query(String.class)
			.optional()
			.filter("queued"::equals)
			.isPresent();
	}

	void sent(UUID id, String language, UUID ticket, UUID message, Instant now) {
		this.jdbc.sql("""
				update shipment_notifications set state = 'sent', language = ?, ticket_id = ?, message_id = ?,
				    decided_at = ?, claimed_until = null, attempts = attempts + 1, last_error = null
				where id = ?""").params(language, ticket, message, Timestamp.from(now), id).update();
	}

	void skipped(UUID id, String reason, Instant now) {
		this.jdbc.sql("""
				update shipment_notifications set state = 'skipped', reason = ?, decided_at = ?, claimed_until = null
				where id = ?""").params(reason, Timestamp.from(now), id).update();
	}

	void failed(UUID id, String error, Instant nextAttempt) {
		this.jdbc.sql("""
				update shipment_notifications set attempts = attempts + 1, last_error = ?, due_at = ?,
				    claimed_until = null
				where id = ?""")
			.params(error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt), id)
			.update();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
				rs.getString(8), rs.getString(9), ShipmentStatus.parse("status", rs.getString(10)),
				rs.getString(11) == null ? null : ShipmentSubStatus.parse("subStatus", rs.getString(11)),
				rs.getInt(12));
	}

}
