package dev.meridian.commerce.returns;

import java.math.BigDecimal;

import dev.meridian.commerce.AmountJson;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundCalculationTests {

	@Test
	void refundsTheGoodsWhenThereIsNoFee() {
		assertThat(AmountJson.of(RefundCalculation.refund(Money.of(new BigDecimal("49.80"), "EUR"), BigDecimal.ZERO)))
			.isEqualTo(new AmountJson("49.80", "EUR"));
	}

	@Test
	void deductsTheRestockingFeeRoundedToTheCurrencysSmallestUnit() {
		// 10 % of 33.33 is 3.333: the fee is 3.33, the refund 30.00.
		assertThat(AmountJson.of(RefundCalculation.refund(Money.of(new BigDecimal("33.33"), "USD"), BigDecimal.TEN)))
			.isEqualTo(new AmountJson("30.00", "USD"));
		// 15 % of 1,999 yen is 299.85: the fee is 300 yen, never a fraction of one.
		assertThat(
				AmountJson.of(RefundCalculation.refund(Money.of(new BigDecimal("1999"), "JPY"), new BigDecimal("15"))))
			.isEqualTo(new AmountJson("1699", "JPY"));
		// Three decimals in Kuwaiti dinar.
		assertThat(AmountJson
			.of(RefundCalculation.refund(Money.of(new BigDecimal("10.125"), "KWD"), new BigDecimal("2.5"))))
			.isEqualTo(new AmountJson("9.872", "KWD"));
	}

	@Test
	void readsStoredAmountsWithTrailingZeros() {
		assertThat(AmountJson
			.of(RefundCalculation.refund(Money.of(new BigDecimal("24.900000"), "EUR"), new BigDecimal("0.00"))))
			.isEqualTo(new AmountJson("24.90", "EUR"));
	}

}
