package dev.meridian.feedback.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentStatusChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;

/**
 * Who may be asked in an NPS campaign: customers with a solved ticket or a delivered
 * order, and when. Kept from the events, so a campaign never scans the tickets' or
 * orders' tables.
 */
@Repository
public class Contacts {

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ShipmentStatusChanged event) {
		if (event.status() == ShipmentStatus.DELIVERED) {
			record(event.customer().value(), "order", event.order().value(), event.occurredAt());
		}
	}

	void record(UUID customer, String source, UUID sourceId, Instant at) {
		this.jdbc.sql("""
				insert into feedback_contacts (customer_id, source, source_id, occurred_at) values (?, ?, ?, ?)
				on conflict (source, source_id) do update set occurred_at = greatest(feedback_contacts.occurred_at,
				    excluded.occurred_at)""").params(customer, source, sourceId, Timestamp.from(at)).update();
	}

	/** Customers with a contact in the window, in no particular order. */
	public List<UUID> customersBetween(Instant from, Instant to) {
		return this.jdbc
			.sql("select distinct customer_id from feedback_contacts where occurred_at >= ? and occurred_at < ?")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(UUID.class)
			.list();
	}

}
