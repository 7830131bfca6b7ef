package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a market's return policy promises, as values.
 *
 * @param market the country, or {@code *} for the default policy
 * @param windowDays days from delivery (or from the order, while no delivery is known)
 * @param returnShippingPaidBy {@code customer} or {@code merchant}
 * @param restockingFeePercent deducted from refunds, 0 to 100
 * @param exchangeAllowed whether items may be exchanged instead of refunded
 * @param refundMethods the methods offered, the first is the default after
 * {@code original_payment}
 */
public record ReturnTerms(String market, int windowDays, String returnShippingPaidBy, BigDecimal restockingFeePercent,
		boolean exchangeAllowed, List<RefundMethod> refundMethods) {

	public ReturnTerms {
		refundMethods = List.copyOf(refundMethods);
	}

	/**
	 * The method a refund goes to when none is asked for: the original payment if
	 * offered.
	 */
	public RefundMethod defaultMethod() {
		return this.refundMethods.contains(RefundMethod.ORIGINAL_PAYMENT) || this.refundMethods.isEmpty()
				? RefundMethod.ORIGINAL_PAYMENT : this.refundMethods.get(0);
	}

}
