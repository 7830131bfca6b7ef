package dev.meridian.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.meridian.commerce.OrderTag;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.Purpose;
import dev.meridian.notifications.NotificationSettings;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.NewTicket;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notifications. Each goes out as a public message from Meridian itself
 * ({@link Author#system()}) on the customer's open ticket about the order (tagged
 * {@code order:<number>}), or on a new email ticket opened for it with that tag; the
 * email channel then delivers it like any reply, and it stays in the customer's
 * conversation where an agent sees it and the customer's answer lands. Each notification
 * is sent in a transaction of its own with its row locked, so it goes out once even if
 * two nodes claimed it after a lease ran out.
 */
@Component
class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private static final int BATCH = 50;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final Set<Status> OPEN = Set.of(Status.NEW, Status.OPEN, Status.PENDING, Status.ON_HOLD);

	private final NotificationQueue queue;

	private final Consents consents;

	private final NotificationTexts texts;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final TicketManagement tickets;

	private final TransactionTemplate transaction;

	private final NotificationSettings settings;

	private final Clock clock;

	NotificationSender(NotificationQueue queue, Consents consents, NotificationTexts texts,
			CustomerManagement customers, MarketManagement markets, TicketManagement tickets,
			TransactionTemplate transaction, NotificationSettings settings, Clock clock) {
		this.queue = queue;
		this.consents = consents;
		this.texts = texts;
		this.customers = customers;
		this.markets = markets;
		this.tickets = tickets;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meridian.notifications.send-interval:30s}", initialDelayString = "5s")
	void sendDue() {
		Instant now = this.clock.instant();
		List<NotificationQueue.Entry> due = this.transaction
			.execute(status -> this.queue.claimDue(now, now.plus(LEASE), BATCH));
		for (NotificationQueue.Entry entry : due == null ? List.<NotificationQueue.Entry>of() : due) {
			try {
				this.transaction.executeWithoutResult(status -> send(entry));
			}
			catch (RuntimeException ex) {
				log.warn("Notification {} for shipment {} failed, retrying later", entry.id(), entry.shipment(), ex);
				this.transaction.executeWithoutResult(status -> this.queue.failed(entry.id(),
						String.valueOf(ex.getMessage()), this.clock.instant().plus(this.settings.retryDelay())));
			}
		}
	}

	private void send(NotificationQueue.Entry entry) {
		if (!this.queue.lockQueued(entry.id())) {
			return;
		}
		Instant now = this.clock.instant();
		CustomerId customerId = new CustomerId(entry.customer());
		// Consent is checked again: the customer may have opted out while it waited.
		if (!this.consents.allows(customerId.value(), Purpose.PROACTIVE_NOTIFICATIONS)) {
			this.queue.skipped(entry.id(), "opted out", now);
			return;
		}
		Optional<Customer> found = this.customers.find(customerId);
		if (found.isEmpty()) {
			this.queue.skipped(entry.id(), "customer deleted", now);
			return;
		}
		Customer customer = found.get();
		if (customer.primaryEmail().isEmpty()) {
			this.queue.skipped(entry.id(), "no email address", now);
			return;
		}
		Optional<Market> market = customer.market().flatMap(this.markets::find);
		String language = NotificationTexts.languageFor(customer.preferredLanguage(),
				market.map(Market::primaryLanguage).orElse(null));
		String body = this.texts.body(language, customer.displayName(), entry.orderNumber(), entry.carrier(),
				entry.trackingNumber(), entry.status(), entry.subStatus(), entry.trackingUrl());
		MessageDraft message = new MessageDraft(body, null, new LanguageTag(language), null, Visibility.PUBLIC, null,
				List.of());
		String tag = orderTag(entry.orderNumber());
		Optional<Ticket> open = this.tickets
			.list(new TicketQuery(OPEN, null, false, null, null, null, customerId, tag, null), null, 1)
			.tickets()
			.stream()
			.findFirst();
		Ticket ticket;
		Message sent;
		if (open.isPresent()) {
			ticket = open.get();
			sent = this.tickets.addMessage(ticket.id(), Author.system(), message);
		}
		else {
			ticket = this.tickets.openOutbound(new NewTicket(this.texts.subject(language, entry.orderNumber()),
					customerId, Channel.EMAIL, Priority.NORMAL, new LanguageTag(language),
					customer.market().orElse(null), List.of(tag, "notification"), null, null, message),
					Author.system());
			sent = this.tickets.messages(ticket.id()).get(0);
		}
		this.queue.sent(entry.id(), language, ticket.id().value(), sent.id().value(), now);
	}

	/**
	 * The tag that ties tickets to an order: {@code order:<number>}, as tags may be
	 * written.
	 */
	static String orderTag(String orderNumber) {
		return OrderTag.of(orderNumber);
	}

}
