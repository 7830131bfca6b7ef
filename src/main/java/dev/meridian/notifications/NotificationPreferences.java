package dev.meridian.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' consent to proactive notifications. Everyone gets them until they opt out;
 * every change is kept with its time and actor.
 */
@Service
public class NotificationPreferences {

	private final JdbcClient jdbc;

	private final CustomerManagement customers;

	private final Clock clock;

	NotificationPreferences(JdbcClient jdbc, CustomerManagement customers, Clock clock) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public NotificationPreference of(CustomerId customer) {
		this.customers.get(customer);
		return this.jdbc
			.sql("select opted_out, changed_at, changed_by from notification_preferences where customer_id = ?")
			.param(customer.value())
			.query((rs, n) -> new NotificationPreference(customer, rs.getBoolean(1), rs.getTimestamp(2).toInstant(),
					rs.getString(3)))
			.optional()
			.orElse(new NotificationPreference(customer, false, null, null));
	}

	/** Whether the customer opted out (a customer who never said has not). */
	@Transactional(readOnly = true)
	public boolean optedOut(CustomerId customer) {
		return this.jdbc.sql("select opted_out from notification_preferences where customer_id = ?")
			.param(customer.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records the customer's choice.
	 * @param actor who made it, e.g. {@code agent:<id>}
	 */
	@Transactional
	public NotificationPreference change(CustomerId customer, boolean optedOut, String actor) {
		this.customers.get(customer);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into notification_preferences (customer_id, opted_out, changed_at, changed_by)
					values (?, ?, ?, ?)
					on conflict (customer_id) do update
					set opted_out = excluded.opted_out, changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
			.params(customer.value(), optedOut, Timestamp.from(now), actor)
			.update();
		this.jdbc.sql("""
				insert into notification_preference_changes (customer_id, opted_out, changed_at, changed_by)
				values (?, ?, ?, ?)""").params(customer.value(), optedOut, Timestamp.from(now), actor).update();
		return new NotificationPreference(customer, optedOut, now, actor);
	}

}
