package dev.meridian.commerce.helpcenter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.web.LinkToken;
import dev.meridian.web.PublicAddress;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ReturnLinkRequested;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.markets.LanguageTag;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a customer reach the return page of their order from the help center without an
 * account: whoever names an order number and its customer's address gets the same answer
 * whether they match or not, and only the address's owner gets the link, mailed to that
 * address; the link works once and for a limited time. Look-ups are limited per address
 * and per client, so nobody can probe orders.
 */
@Service
class HelpCenterReturns {

	/** A look-up as the reader filled it in (the address normalized). */
	record Lookup(String orderNumber, String email, LanguageTag reader, String client) {
	}

	enum Outcome {

		/** The neutral answer: a link went out if, and only if, the two matched. */
		ANSWERED,
		/** Too many look-ups from this address or client in the window. */
		RATE_LIMITED

	}

	/** The order a followed link opened, in the language the link was made for. */
	record Access(OrderId order, LanguageTag language) {
	}

	enum Refusal {

		UNKNOWN, EXPIRED, USED

	}

	/** Either access to an order or why the link gives none. */
	record Opened(Optional<Access> access, Optional<Refusal> refusal) {
	}

	private final OrderManagement orders;

	private final CustomerManagement customers;

	private final ReturnLookups lookups;

	private final ReturnLinks links;

	private final LocaleFallback locales;

	private final HelpCenterReturnSettings settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PublicAddress publicAddress;

	private final Clock clock;

	HelpCenterReturns(OrderManagement orders, CustomerManagement customers, ReturnLookups lookups, ReturnLinks links,
			LocaleFallback locales, HelpCenterReturnSettings settings, TransactionTemplate transaction,
			ApplicationEventPublisher events, PublicAddress publicAddress, Clock clock) {
		this.orders = orders;
		this.customers = customers;
		this.lookups = lookups;
		this.links = links;
		this.locales = locales;
		this.settings = settings;
		this.transaction = transaction;
		this.events = events;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	Outcome lookUp(Lookup lookup) {
		Instant now = this.clock.instant();
		// Counted first and committed, then checked: parallel look-ups see each other.
		this.transaction.executeWithoutResult(status -> this.lookups.record(lookup.email(), lookup.client(), now));
		Instant since = now.minus(this.settings.window());
		if (this.lookups.fromAddress(lookup.email(), since) > this.settings.perAddress()
				|| this.lookups.fromClient(lookup.client(), since) > this.settings.perClient()) {
			return Outcome.RATE_LIMITED;
		}
		this.transaction.executeWithoutResult(status -> {
			for (Order order : this.orders.withNumber(lookup.orderNumber())) {
				Optional<Customer> customer = this.customers.find(order.customer());
				// To the address as the customer record holds it, never as it was typed.
				customer
					.flatMap(found -> found.emails()
						.stream()
						.filter(address -> address.equalsIgnoreCase(lookup.email()))
						.findFirst())
					.ifPresent(address -> sendLink(order, customer.get(), address, lookup.reader(), now));
			}
		});
		return Outcome.ANSWERED;
	}

	private void sendLink(Order order, Customer customer, String address, LanguageTag reader, Instant now) {
		LanguageTag language = this.locales.readable(languageOf(order, customer, reader).value());
		String token = LinkToken.random().value();
		Instant expires = now.plus(this.settings.linkValidity());
		this.links.add(order.id().value(), new LinkToken(token).sha256(), language.value(), expires, now);
		String link = baseUrl() + "/help/" + language.value() + "/returns/access?token="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		this.events.publishEvent(new ReturnLinkRequested(order.id(), order.number(), address, language,
				customer.timeZone().orElse(null), order.marketKnown() ? order.market() : null, link, expires));
	}

	/**
	 * The customer's language, else the order's, else the page's: the mail and the page
	 * it opens speak to the customer, not to whoever typed the number.
	 */
	private static LanguageTag languageOf(Order order, Customer customer, LanguageTag reader) {
		if (!customer.preferredLanguage().isUndetermined()) {
			return customer.preferredLanguage();
		}
		LanguageTag ordered = LanguageTag.read(order.language());
		return ordered.isUndetermined() ? reader : ordered;
	}

	/** Uses the link once: the order's return page opens for this visitor. */
	Opened open(String token) {
		return this.transaction.execute(status -> {
			Optional<ReturnLinks.Link> found = this.links.findForUpdate(new LinkToken(token).sha256());
			if (found.isEmpty()) {
				return refused(Refusal.UNKNOWN);
			}
			ReturnLinks.Link link = found.get();
			if (link.used()) {
				return refused(Refusal.USED);
			}
			Instant now = this.clock.instant();
			if (!now.isBefore(link.expiresAt())) {
				return refused(Refusal.EXPIRED);
			}
			this.links.used(link.id(), now);
			return new Opened(Optional.of(new Access(new OrderId(link.order()), LanguageTag.read(link.language()))),
					Optional.empty());
		});
	}

	private static Opened refused(Refusal why) {
		return new Opened(Optional.empty(), Optional.of(why));
	}

	private String baseUrl() {
		return this.publicAddress.base(this.settings.publicUrl());
	}

}
