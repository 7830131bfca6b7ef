package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.time.Instant;
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
		if (!status().refundable()) {
			throw new ReturnStatusException(id(), status(), "only an approved return is refunded");
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
		return Optional.of(new Refund(Money.of(this.refundAmount, this.refundCurrency),
				RefundMethod.parse("refundMethod", this.refundMethod), this.refundedAt));
	}

	/** A refund issued for a return. */
	public record Refund(MonetaryAmount amount, RefundMethod method, Instant at) {
	}

}
