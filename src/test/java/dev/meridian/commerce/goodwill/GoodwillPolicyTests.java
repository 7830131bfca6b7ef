package dev.meridian.commerce.goodwill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import javax.money.MonetaryAmount;

import dev.meridian.commerce.Conversion;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The goodwill authority rule, without Spring: which limit applies, inclusive comparison,
 * conversion into the limit's currency.
 */
class GoodwillPolicyTests {

	/** EUR per unit of each currency, like a rate table would give. */
	static final Map<String, BigDecimal> EUR_PER_UNIT = Map.of("EUR", BigDecimal.ONE, "JPY", new BigDecimal("0.00625"),
			"USD", new BigDecimal("0.9"));

	static final BiFunction<MonetaryAmount, String, Conversion> CONVERT = (amount, to) -> {
		BigDecimal from = EUR_PER_UNIT.get(amount.getCurrency().getCurrencyCode());
		BigDecimal rate = from.divide(EUR_PER_UNIT.get(to), 10, RoundingMode.HALF_UP);
		BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).multiply(rate);
		int digits = java.util.Currency.getInstance(to).getDefaultFractionDigits();
		return new Conversion(amount, Money.of(value.setScale(digits, RoundingMode.HALF_UP), to), rate,
				LocalDate.of(2026, 12, 4), "test");
	};

	@Test
	void grantsUpToTheLimitInclusive() {
		List<MonetaryAmount> limits = List.of(eur("50"));

		assertThat(decide(eur("30"), "EUR", limits).withinAuthority()).isTrue();
		assertThat(decide(eur("50.00"), "EUR", limits).withinAuthority()).isTrue();
		assertThat(decide(eur("50.01"), "EUR", limits).withinAuthority()).isFalse();
	}

	@Test
	void comparesAnotherCurrencyAfterConversion() {
		GoodwillDecision small = decide(Money.of(3000, "JPY"), "EUR", List.of(eur("50")));
		GoodwillDecision large = decide(Money.of(9000, "JPY"), "EUR", List.of(eur("50")));

		assertThat(small.withinAuthority()).isTrue();
		assertThat(small.compared()).isEqualTo(Money.of(new BigDecimal("18.75"), "EUR"));
		assertThat(small.conversion()).isNotNull();
		assertThat(large.withinAuthority()).isFalse();
		assertThat(large.compared()).isEqualTo(Money.of(new BigDecimal("56.25"), "EUR"));
	}

	@Test
	void prefersTheLimitInTheMarketsCurrency() {
		// 100 USD is 90 EUR: above the EUR limit, though within the USD one.
		GoodwillDecision decision = decide(Money.of(100, "USD"), "EUR", List.of(Money.of(200, "USD"), eur("50")));

		assertThat(decision.limit()).isEqualTo(eur("50"));
		assertThat(decision.withinAuthority()).isFalse();
	}

	@Test
	void fallsBackToTheLimitInTheCurrencyAskedFor() {
		GoodwillDecision decision = decide(Money.of(100, "USD"), "JPY", List.of(eur("10"), Money.of(150, "USD")));

		assertThat(decision.limit()).isEqualTo(Money.of(150, "USD"));
		assertThat(decision.conversion()).isNull();
		assertThat(decision.withinAuthority()).isTrue();
	}

	@Test
	void convertsIntoTheOnlyLimitWhenNoneMatches() {
		GoodwillDecision decision = decide(Money.of(1000, "JPY"), "USD", List.of(eur("10")));

		assertThat(decision.compared().getCurrency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(decision.withinAuthority()).isTrue();
	}

	@Test
	void withoutAnyLimitEverythingNeedsApproval() {
		GoodwillDecision decision = decide(Money.of(1, "JPY"), "EUR", List.of());

		assertThat(decision.withinAuthority()).isFalse();
		assertThat(decision.limit()).isNull();
		assertThat(decision.compared().getCurrency().getCurrencyCode()).isEqualTo("EUR");
	}

	@Test
	void aZeroLimitNeedsApprovalForAnything() {
		assertThat(decide(eur("0.01"), "EUR", List.of(eur("0"))).withinAuthority()).isFalse();
	}

	@Test
	void refusesAnAmountThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> decide(eur("0"), "EUR", List.of(eur("50"))));
		assertThatIllegalArgumentException().isThrownBy(() -> decide(eur("-1"), "EUR", List.of(eur("50"))));
	}

	private static GoodwillDecision decide(MonetaryAmount requested, String market, List<MonetaryAmount> limits) {
		return GoodwillPolicy.decide(requested, market, limits, CONVERT);
	}

	private static MonetaryAmount eur(String amount) {
		return Money.of(new BigDecimal(amount), "EUR");
	}

}
