package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.Keyset;
import dev.meridian.NotFoundException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.NoExchangeRateException;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.RefundIssued;
import dev.meridian.commerce.ReturnId;
import dev.meridian.commerce.ReturnRequested;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens returns that the market's policy allows, moves them through their life cycle and
 * refunds each once, in the order's currency.
 */
@Service
public class ReturnManagement {

	/** The policy when not even the default row ({@code *}) is stored. */
	static final ReturnTerms FALLBACK = new ReturnTerms(ReturnPolicy.DEFAULT_MARKET, 30, "customer", BigDecimal.ZERO,
			true, List.of(RefundMethod.ORIGINAL_PAYMENT));

	private final OrderReturns returns;

	private final ReturnPolicies policies;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CurrencyConversions conversions;

	ReturnManagement(OrderReturns returns, ReturnPolicies policies, OrderManagement orders,
			ApplicationEventPublisher events, Clock clock, CurrencyConversions conversions) {
		this.conversions = conversions;
		this.returns = returns;
		this.policies = policies;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/** The market's policy, else the default one. */
	@Transactional(readOnly = true)
	public ReturnTerms termsFor(String market) {
		return this.policies.findById(market)
			.or(() -> this.policies.findById(ReturnPolicy.DEFAULT_MARKET))
			.map(ReturnPolicy::terms)
			.orElse(FALLBACK);
	}

	/** Where the market's returns are sent (else the default policy's), if set. */
	@Transactional(readOnly = true)
	public Optional<String> returnAddress(String market) {
		return this.policies.findById(market)
			.flatMap(ReturnPolicy::returnAddress)
			.or(() -> this.policies.findById(ReturnPolicy.DEFAULT_MARKET).flatMap(ReturnPolicy::returnAddress));
	}

	@Transactional(readOnly = true)
	public List<ReturnTerms> policies() {
		return this.policies.findAll().stream().map(ReturnPolicy::terms).toList();
	}

	/** Stores a market's policy (or the default one, market {@code *}). */
	@Transactional
	public ReturnTerms savePolicy(ReturnTerms terms) {
		ReturnPolicy policy = this.policies.findById(terms.market()).orElse(null);
		if (policy == null) {
			policy = this.policies.save(new ReturnPolicy(terms, this.clock.instant()));
		}
		else {
			policy.apply(terms, this.clock.instant());
		}
		return policy.terms();
	}

	/** The rules a return of this order is checked against now. */
	@Transactional(readOnly = true)
	public ReturnCheck checkFor(OrderId id) {
		return checkOf(this.orders.get(id));
	}

	/**
	 * Opens a return if the policy allows it. The order's row is locked meanwhile, so two
	 * requests for the same items cannot both pass.
	 * @throws ReturnRefusedException with the policy's reason
	 */
	@Transactional
	public OrderReturn request(OrderId id, List<RequestedLine> lines) {
		Order order = this.orders.lock(id);
		checkOf(order).check(lines, this.clock.instant());
		OrderReturn opened = this.returns.save(new OrderReturn(id, lines, this.clock.instant()));
		this.events.publishEvent(new ReturnRequested(opened.id(), id, order.customer(),
				lines.stream().map(RequestedLine::sku).distinct().toList(), opened.requestedAt()));
		return opened;
	}

	@Transactional
	public OrderReturn move(ReturnId id, ReturnStatus next) {
		OrderReturn found = this.returns.findForUpdate(id.value())
			.orElseThrow(() -> new NotFoundException("Return", id));
		found.moveTo(next, this.clock.instant());
		return found;
	}

	/**
	 * Refunds the return once: the returned items at the prices paid, less the restocking
	 * fee, in the order's currency, to the original payment method unless another method
	 * the policy offers is asked for. Asked again, it answers the refund already issued.
	 */
	@Transactional
	public Refunded refund(ReturnId id, @Nullable RefundMethod asked) {
		return refund(id, asked, null);
	}

	/**
	 * Refunds as {@link #refund(ReturnId, RefundMethod)}, paid in {@code currency} when
	 * it differs from the order's: the refund in the order's currency converted at the
	 * latest rate on or before today, which the refund keeps with its day.
	 * @throws NoExchangeRateException when no rate links the two currencies
	 */
	@Transactional
	public Refunded refund(ReturnId id, @Nullable RefundMethod asked, @Nullable String currency) {
		OrderReturn found = this.returns.findForUpdate(id.value())
			.orElseThrow(() -> new NotFoundException("Return", id));
		if (found.refund().isPresent()) {
			return new Refunded(found, false);
		}
		Order order = this.orders.lock(found.order());
		ReturnTerms terms = termsFor(order.market());
		RefundMethod method = asked == null ? terms.defaultMethod() : asked;
		if (!terms.refundMethods().contains(method)) {
			throw new ReturnRefusedException("refund-method-not-offered",
					"The policy for " + order.market() + " refunds to "
							+ terms.refundMethods().stream().map(RefundMethod::value).toList() + ", not "
							+ method.value(),
					method.value());
		}
		MonetaryAmount amount = RefundCalculation.refund(order.money(goodsOf(order, found)),
				terms.restockingFeePercent());
		OrderReturn.Converted converted = null;
		MonetaryAmount paid = amount;
		if (currency != null && !currency.equals(order.currency())) {
			Conversion conversion = this.conversions.convert(amount, currency, LocalDate.now(this.clock));
			paid = conversion.converted();
			converted = new OrderReturn.Converted(amount, conversion.rate(), conversion.rateDate());
		}
		found.refund(paid, method, converted, this.clock.instant());
		this.events.publishEvent(new RefundIssued(found.id(), order.id(), order.customer(), AmountJson.of(paid),
				method.value(), this.clock.instant(), AmountJson.of(amount),
				converted == null ? null : converted.rate(), converted == null ? null : converted.rateDate()));
		if (everythingRefunded(order)) {
			this.orders.markRefunded(order.id());
		}
		return new Refunded(found, true);
	}

	/** A refunded return, and whether this call issued the refund. */
	public record Refunded(OrderReturn orderReturn, boolean issued) {
	}

	@Transactional(readOnly = true)
	public OrderReturn get(ReturnId id) {
		return this.returns.findById(id.value()).orElseThrow(() -> new NotFoundException("Return", id));
	}

	/**
	 * Returns of every order, most recently requested first, after the given position;
	 * only those in {@code status} unless it is {@code null}.
	 */
	@Transactional(readOnly = true)
	public List<OrderReturn> list(@Nullable ReturnStatus status, @Nullable Keyset after, int limit) {
		Specification<OrderReturn> where = (root, query, cb) -> cb.conjunction();
		if (status != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("status"), status.value()));
		}
		if (after != null) {
			where = where.and((root, query, cb) -> cb.or(cb.lessThan(root.get("requestedAt"), after.at()),
					cb.and(cb.equal(root.get("requestedAt"), after.at()), cb.lessThan(root.get("id"), after.id()))));
		}
		return this.returns.findBy(where,
				query -> query.sortBy(Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.desc("id")))
					.limit(limit)
					.all());
	}

	@Transactional(readOnly = true)
	public List<OrderReturn> ofOrder(OrderId id) {
		this.orders.get(id);
		return this.returns.findByOrder(id.value());
	}

	/** The returns of several orders in one read, first requested first. */
	@Transactional(readOnly = true)
	public List<OrderReturn> ofOrders(Collection<OrderId> orders) {
		return orders.isEmpty() ? List.of()
				: this.returns.findByOrders(orders.stream().map(OrderId::value).distinct().toArray(UUID[]::new));
	}

	private ReturnCheck checkOf(Order order) {
		Map<String, Integer> ordered = new HashMap<>();
		order.items().forEach(item -> ordered.merge(item.sku(), item.quantity(), Integer::sum));
		Map<String, Integer> returned = new HashMap<>();
		for (OrderReturn earlier : this.returns.findByOrder(order.id().value())) {
			if (earlier.status().holdsItems()) {
				earlier.items().forEach(line -> returned.merge(line.sku(), line.quantity(), Integer::sum));
			}
		}
		return new ReturnCheck(termsFor(order.market()), order.status(), order.placedAt(), order.deliveredAt(), ordered,
				returned);
	}

	/**
	 * The returned items at the price paid; a SKU on several lines is priced at its first
	 * line.
	 */
	private static BigDecimal goodsOf(Order order, OrderReturn found) {
		BigDecimal goods = BigDecimal.ZERO;
		for (ReturnLine line : found.items()) {
			BigDecimal price = order.items()
				.stream()
				.filter(item -> item.sku().equals(line.sku()))
				.map(LineItem::unitPrice)
				.findFirst()
				.orElse(BigDecimal.ZERO);
			goods = goods.add(price.multiply(BigDecimal.valueOf(line.quantity())));
		}
		return goods;
	}

	private boolean everythingRefunded(Order order) {
		Map<String, Integer> refunded = new HashMap<>();
		for (OrderReturn done : this.returns.findByOrder(order.id().value())) {
			if (done.status() == ReturnStatus.REFUNDED) {
				done.items().forEach(line -> refunded.merge(line.sku(), line.quantity(), Integer::sum));
			}
		}
		Map<String, Integer> ordered = new HashMap<>();
		order.items().forEach(item -> ordered.merge(item.sku(), item.quantity(), Integer::sum));
		return ordered.entrySet()
			.stream()
			.allMatch(entry -> refunded.getOrDefault(entry.getKey(), 0) >= entry.getValue());
	}

}
