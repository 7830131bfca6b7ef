package dev.meridian.notifications;

import java.util.List;

import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.privacy.ConsentChange;
import dev.meridian.privacy.ConsentDecision;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opt-out switch of {@code /api/v1/customers/{id}/notifications}, kept for the
 * clients that use it, on top of privacy's {@link Consents}: opting out refuses every
 * message the customer did not ask for (proactive notifications and surveys, as the
 * switch always meant), opting back in agrees to both. What it shows is the
 * proactive-notifications consent.
 */
@Service
public class NotificationPreferences {

	/** The purposes the old switch covered. */
	private static final List<Purpose> UNASKED = List.of(Purpose.PROACTIVE_NOTIFICATIONS, Purpose.SURVEYS);

	private final Consents consents;

	private final CustomerManagement customers;

	NotificationPreferences(Consents consents, CustomerManagement customers) {
		this.consents = consents;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public NotificationPreference of(CustomerId customer) {
		this.customers.get(customer);
		return this.consents.of(customer.value())
			.stream()
			.filter(standing -> standing.purpose() == Purpose.PROACTIVE_NOTIFICATIONS)
			.findFirst()
			.map(standing -> {
				ConsentDecision decision = standing.decision();
				return new NotificationPreference(customer, !standing.allowed(),
						decision == null ? null : decision.decidedAt(),
						decision == null ? null : decision.recordedBy());
			})
			.orElseThrow();
	}

	/**
	 * Records the customer's choice for proactive notifications and surveys alike.
	 * @param actor who made it, e.g. {@code agent:<id>}
	 */
	@Transactional
	public NotificationPreference change(CustomerId customer, boolean optedOut, String actor) {
		this.customers.get(customer);
		// The switch shows no consent text; the purposes it covers need none.
		this.consents.record(customer.value(),
				UNASKED.stream().map(purpose -> new ConsentChange(purpose, !optedOut, "api", null, null)).toList(),
				actor);
		return of(customer);
	}

}
