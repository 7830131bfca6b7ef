package dev.meridian.notifications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentStatusChanged;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import dev.meridian.notifications.NotificationSettings;
import dev.meridian.time.HolidaySource;
import dev.meridian.time.SendingWindow;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides, for each change of a shipment's status, whether the customer should hear of it
 * and when: an exception, a failed delivery attempt or a customs hold, after the
 * customer's quiet hours and public holidays. An opted-out customer's notification is
 * recorded as skipped. Runs after the change committed, through the event publication
 * registry (retried until done); the tracking event's unique key keeps a redelivered
 * event from notifying twice.
 */
@Component
class ShipmentNotifications {

	private static final Logger log = LoggerFactory.getLogger(ShipmentNotifications.class);

	private final NotificationQueue queue;

	private final Consents consents;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final HolidaySource holidays;

	private final NotificationSettings settings;

	private final Clock clock;

	ShipmentNotifications(NotificationQueue queue, Consents consents, CustomerManagement customers,
			MarketManagement markets, HolidaySource holidays, NotificationSettings settings, Clock clock) {
		this.queue = queue;
		this.consents = consents;
		this.customers = customers;
		this.markets = markets;
		this.holidays = holidays;
		this.settings = settings;
		this.clock = clock;
	}

	/** The changes a customer is told about: they may have to act, or wait longer. */
	static boolean calledFor(ShipmentStatus status, @Nullable ShipmentSubStatus subStatus) {
		return status == ShipmentStatus.EXCEPTION || status == ShipmentStatus.FAILED_ATTEMPT
				|| (subStatus != null && subStatus.isCustoms());
	}

	@ApplicationModuleListener
	void on(ShipmentStatusChanged event) {
		if (!calledFor(event.status(), event.subStatus())) {
			return;
		}
		this.queue.lockShipment(event.shipment().value());
		if (this.queue.isRecorded(event.trackingEvent())) {
			return;
		}
		Instant now = this.clock.instant();
		if (this.queue.hasNewer(event.shipment().value(), event.occurredAt())) {
			this.queue.insert(event, "superseded", "a newer change was notified", now, now);
			return;
		}
		if (!this.consents.allows(event.customer().value(), Purpose.PROACTIVE_NOTIFICATIONS)) {
			this.queue.insert(event, "skipped", "opted out", now, now);
			return;
		}
		Optional<Customer> customer = this.customers.find(event.customer());
		if (customer.isEmpty()) {
			this.queue.insert(event, "skipped", "customer deleted", now, now);
			return;
		}
		Optional<Market> market = customer.get().market().flatMap(this.markets::find);
		ZoneId zone = customer.get().timeZone().or(() -> market.map(Market::timeZone)).orElseGet(() -> {
			log.warn("Customer {} has neither a time zone nor a market: quiet hours taken in UTC", event.customer());
			return ZoneOffset.UTC;
		});
		Instant due = window(customer.get().market().orElse(null)).nextAllowed(now.plus(this.settings.settle()), zone);
		this.queue.supersedeQueued(event.shipment().value(), now);
		this.queue.insert(event, "queued", null, due, now);
	}

	private SendingWindow window(@Nullable CountryCode country) {
		return SendingWindow.of(this.settings.quietStart(), this.settings.quietEnd(), this.holidays, country);
	}

}
