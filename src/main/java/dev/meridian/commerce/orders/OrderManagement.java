package dev.meridian.commerce.orders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.Keyset;
import dev.meridian.NotFoundException;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.OrderPlaced;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerProfile;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records orders from every source, matches their customers by email (creating the
 * unknown ones through the customers module) and finds them again.
 */
@Service
public class OrderManagement {

	private final Orders orders;

	private final CustomerManagement customers;

	private final MarketManagement markets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OrderManagement(Orders orders, CustomerManagement customers, MarketManagement markets,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.orders = orders;
		this.customers = customers;
		this.markets = markets;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Records a new order in a transaction of its own.
	 * @throws OrderNumberTakenException if the shop has an order with this number
	 */
	public Order place(OrderDraft draft) {
		try {
			return this.transaction.execute(status -> create(draft));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request created the same new customer (or the same order) at this
			// moment: once more, and the customer (or the taken number) is found.
			return this.transaction.execute(status -> create(draft));
		}
	}

	/**
	 * Changes an order to what the draft says; the shop and number stay.
	 */
	@Transactional
	public Order update(OrderId id, OrderDraft draft) {
		Order order = this.orders.findById(id.value()).orElseThrow(() -> new NotFoundException("Order", id));
		if (!order.number().equals(draft.number())) {
			throw new InvalidValueException("number",
					"The number of an order does not change (it is " + order.number() + ")");
		}
		apply(order, draft);
		return order;
	}

	/**
	 * Creates or updates the shop's order with the draft's number, in the caller's
	 * transaction (a webhook records its delivery in the same one). A change older than
	 * the stored one is ignored.
	 */
	@Transactional
	public Received receive(OrderDraft draft) {
		Optional<Order> existing = this.orders.findByShopAndNumber(draft.shop(), draft.number());
		if (existing.isEmpty()) {
			return new Received(insert(draft), true);
		}
		Order order = existing.get();
		if (!order.isNewerThan(draft.sourceUpdatedAt())) {
			apply(order, draft);
		}
		return new Received(order, false);
	}

	/** An order recorded by {@link #receive}, and whether it is new. */
	public record Received(Order order, boolean created) {
	}

	@Transactional(readOnly = true)
	public Optional<Order> find(OrderId id) {
		return this.orders.findById(id.value());
	}

	@Transactional(readOnly = true)
	public Order get(OrderId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Order", id));
	}

	/**
	 * The order with its row locked until the caller's transaction ends, so two returns
	 * of the same items cannot both pass the quantity check.
	 */
	@Transactional
	public Order lock(OrderId id) {
		return this.orders.findForUpdate(id.value()).orElseThrow(() -> new NotFoundException("Order", id));
	}

	/** The orders with this number, in any shop (at most a few). */
	@Transactional(readOnly = true)
	public List<Order> withNumber(String number) {
		return this.orders.findByNumber(number, Limit.of(20));
	}

	/** A customer's orders, most recently placed first, after the given position. */
	@Transactional(readOnly = true)
	public List<Order> recentOf(CustomerId customer, @Nullable Keyset after, int limit) {
		return after == null ? this.orders.findRecentByCustomer(customer.value(), Limit.of(limit))
				: this.orders.findRecentByCustomerBefore(customer.value(), after.at(), after.id(), Limit.of(limit));
	}

	/**
	 * Orders of every customer, most recently placed first, after the given position:
	 * those whose number contains {@code number} (any case), of {@code customer}, in
	 * {@code status}; a criterion left {@code null} matches every order.
	 */
	@Transactional(readOnly = true)
	public List<Order> search(@Nullable String number, @Nullable CustomerId customer, @Nullable OrderStatus status,
			@Nullable Keyset after, int limit) {
		Specification<Order> where = (root, query, cb) -> cb.conjunction();
		if (number != null && !number.isBlank()) {
			String pattern = "%" + number.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where = where.and((root, query, cb) -> cb.like(cb.lower(root.get("number")), pattern, '\\'));
		}
		if (customer != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("customerId"), customer.value()));
		}
		if (status != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("status"), status.value()));
		}
		if (after != null) {
			where = where.and((root, query, cb) -> cb.or(cb.lessThan(root.get("placedAt"), after.at()),
					cb.and(cb.equal(root.get("placedAt"), after.at()), cb.lessThan(root.get("id"), after.id()))));
		}
		return this.orders.findBy(where,
				query -> query.sortBy(Sort.by(Sort.Order.desc("placedAt"), Sort.Order.desc("id"))).limit(limit).all());
	}

	/** Every item of the order was refunded. */
	@Transactional
	public void markRefunded(OrderId id) {
		lock(id).markRefunded(this.clock.instant());
	}

	private Order create(OrderDraft draft) {
		if (this.orders.findByShopAndNumber(draft.shop(), draft.number()).isPresent()) {
			throw new OrderNumberTakenException(draft.shop(), draft.number());
		}
		return insert(draft);
	}

	/**
	 * A new order, its number known to be free in this transaction (or the insert fails).
	 */
	private Order insert(OrderDraft draft) {
		Optional<Market> market = this.markets.find(draft.market());
		Customer customer = customerOf(draft, market);
		Order order = this.orders.save(new Order(draft, customer.id(), market.isPresent(),
				languageOf(draft, market, customer), this.clock.instant()));
		this.events.publishEvent(new OrderPlaced(order.id(), customer.id(), order.shop(), order.number(),
				order.market(), order.placedAt()));
		return order;
	}

	private void apply(Order order, OrderDraft draft) {
		Optional<Market> market = this.markets.find(draft.market());
		Customer customer = customerOf(draft, market);
		order.apply(draft, customer.id(), market.isPresent(), languageOf(draft, market, customer),
				this.clock.instant());
	}

	/**
	 * Known customers are matched by email and left as they are; others are created. One
	 * lookup: findOrCreate looks the email up before it creates.
	 */
	private Customer customerOf(OrderDraft draft, Optional<Market> orderMarket) {
		CustomerDraft who = draft.customer();
		CountryCode country = who.country() != null && this.markets.find(who.country()).isPresent() ? who.country()
				: orderMarket.map(Market::code).orElse(null);
		return this.customers.findOrCreate(new CustomerProfile(who.givenName(), who.familyName(), who.name(),
				List.of(who.email()), List.of(), null, null, null, country, null));
	}

	private static String languageOf(OrderDraft draft, Optional<Market> market, Customer customer) {
		if (draft.language() != null) {
			return draft.language().value();
		}
		return market.map(Market::primaryLanguage).orElseGet(customer::preferredLanguage).value();
	}

}
