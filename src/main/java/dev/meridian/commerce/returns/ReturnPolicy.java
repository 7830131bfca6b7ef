package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

/**
 * A market's return policy as stored; {@code *} is the default for markets without one.
 */
@Entity
@Table(name = "commerce_return_policies")
class ReturnPolicy {

	static final String DEFAULT_MARKET = "*";

	@Id
	private String market;

	private int windowDays;

	private String returnShippingPaidBy;

	private BigDecimal restockingFeePercent;

	private boolean exchangeAllowed;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> refundMethods = new ArrayList<>();

	private Instant updatedAt;

	private @Nullable String returnAddress;

	protected ReturnPolicy() {
	}

	ReturnPolicy(ReturnTerms terms, Instant now) {
		this.market = terms.market();
		apply(terms, now);
	}

	void apply(ReturnTerms terms, Instant now) {
		this.windowDays = terms.windowDays();
		this.returnShippingPaidBy = terms.returnShippingPaidBy();
		this.restockingFeePercent = terms.restockingFeePercent();
		this.exchangeAllowed = terms.exchangeAllowed();
		this.refundMethods = new ArrayList<>(terms.refundMethods().stream().map(RefundMethod::value).toList());
		this.updatedAt = now;
	}

	/** Where returns are sent, as printed on the parcel; unset until an admin sets it. */
	Optional<String> returnAddress() {
		return Optional.ofNullable(this.returnAddress);
	}

	ReturnTerms terms() {
		return new ReturnTerms(this.market, this.windowDays, this.returnShippingPaidBy, this.restockingFeePercent,
				this.exchangeAllowed,
				this.refundMethods.stream().map(method -> RefundMethod.parse("refundMethods", method)).toList());
	}

}
