package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ReturnId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A return (RMA): items of one order on their way back, and at most one refund.
 */
@Entity
@Table(name = "commerce_returns")
public class OrderReturn {

	@Id
	private UUID id;

	private UUID orderId;

	private String status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commerce_return_items", joinColumns = @JoinColumn(name = "return_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<ReturnLine> items = new ArrayList<>();

	private Instant requestedAt;

	private Instant updatedAt;

	private @Nullable BigDecimal refundAmount;

	private @Nullable String refundCurrency;

	private @Nullable String refundMethod;

	private @Nullable Instant refundedAt;

	private @Nullable BigDecimal refundOrderAmount;

	private @Nullable String refundOrderCurrency;

	private @Nullable BigDecimal refundRate;

	private @Nullable LocalDate refundRateDate;

	@Version
	private @Nullable Long version;

	protected OrderReturn() {
	}

	OrderReturn(OrderId order, List<RequestedLine> lines, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = order.value();
		this.status = ReturnStatus.REQUESTED.value();
		this.items = new ArrayList<>(lines.stream().map(ReturnLine::new).toList());
		this.requestedAt = now;
		this.updatedAt = now;
	}

	/**
	 * @throws ReturnStatusException when the life cycle does not allow it
	 */
	void moveTo(ReturnStatus next, Instant now) {
		if (next == ReturnStatus.REFUNDED) {
			throw new ReturnStatusException(id(), status(), "a return is refunded through its refund");
		}
		if (!status().canMoveTo(next)) {
			throw new ReturnStatusException(id(), status(), "it cannot move to " + next.value());
		}
		this.status = next.value();
		this.updatedAt = now;
	}

	void refund(MonetaryAmount amount, RefundMethod method, Instant now) {
		refund(amount, method, null, now);
	}

	/**
	 * @param conversion how the refund in the order's currency became the amount paid,
	 * when it is paid in another currency
	 */
	void refund(MonetaryAmount amount, RefundMethod method, @Nullable Converted conversion, Instant now) {
		if (!status().refundable()) {
			throw new ReturnStatusException(id(), status(), "only an approved return is refunded");
		}
		if (conversion != null) {
			this.refundOrderAmount = conversion.from().getNumber().numberValue(BigDecimal.class);
			this.refundOrderCurrency = conversion.from().getCurrency().getCurrencyCode();
			this.refundRate = conversion.rate();
			this.refundRateDate = conversion.rateDate();
		}
		this.refundAmount = amount.getNumber().numberValue(BigDecimal.class);
		this.refundCurrency = amount.getCurrency().getCurrencyCode();
		this.refundMethod = method.value();
		this.refundedAt = now;
		this.status = ReturnStatus.REFUNDED.value();
		this.updatedAt = now;
	}

	public ReturnId id() {
		return new ReturnId(this.id);
	}

	public OrderId order() {
		return new OrderId(this.orderId);
	}

	public ReturnStatus status() {
		return ReturnStatus.parse("status", this.status);
	}

	public List<ReturnLine> items() {
		return List.copyOf(this.items);
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The refund, once issued. */
	public Optional<Refund> refund() {
		if (this.refundAmount == null || this.refundCurrency == null || this.refundMethod == null
				|| this.refundedAt == null) {
			return Optional.empty();
		}
		Money paid = Money.of(this.refundAmount, this.refundCurrency);
		Converted conversion = this.refundOrderAmount == null || this.refundOrderCurrency == null
				|| this.refundRate == null || this.refundRateDate == null ? null
						: new Converted(Money.of(this.refundOrderAmount, this.refundOrderCurrency), this.refundRate,
								this.refundRateDate);
		return Optional
			.of(new Refund(paid, RefundMethod.parse("refundMethod", this.refundMethod), this.refundedAt, conversion));
	}

	/**
	 * A refund issued for a return.
	 *
	 * @param amount what was paid back
	 * @param conversion when paid in another currency than the order's: the amount in the
	 * order's currency and the rate used, else {@code null}
	 */
	public record Refund(MonetaryAmount amount, RefundMethod method, Instant at, @Nullable Converted conversion) {

		/** The refund in the order's currency. */
		public MonetaryAmount orderAmount() {
			return this.conversion == null ? this.amount : this.conversion.from();
		}

	}

	/**
	 * A refund converted from the order's currency.
	 *
	 * @param from the refund in the order's currency
	 * @param rate units of the paid currency per unit of the order's
	 * @param rateDate the day of the rate
	 */
	public record Converted(MonetaryAmount from, BigDecimal rate, LocalDate rateDate) {
	}

}
