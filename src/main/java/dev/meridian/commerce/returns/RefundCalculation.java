package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;

/**
 * What a return refunds: the returned items at the prices paid, less the policy's
 * restocking fee. The fee is rounded half up to the currency's smallest unit (so the
 * customer is never refunded a fraction of a cent); shipping is not refunded.
 */
public final class RefundCalculation {

	private RefundCalculation() {
	}

	/**
	 * @param goods the returned items' value in the order's currency
	 * @param feePercent the restocking fee, 0 to 100
	 */
	public static MonetaryAmount refund(MonetaryAmount goods, BigDecimal feePercent) {
		BigDecimal value = goods.getNumber().numberValue(BigDecimal.class);
		int digits = Math.max(0,
				Currency.getInstance(goods.getCurrency().getCurrencyCode()).getDefaultFractionDigits());
		BigDecimal fee = value.multiply(feePercent).movePointLeft(2).setScale(digits, RoundingMode.HALF_UP);
		return Money.of(value.subtract(fee).setScale(digits, RoundingMode.UNNECESSARY), goods.getCurrency());
	}

}
