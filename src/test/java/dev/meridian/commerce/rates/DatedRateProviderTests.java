package dev.meridian.commerce.rates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ConversionQueryBuilder;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;

import dev.meridian.commerce.Conversion;
import dev.meridian.commerce.CurrencyConversions;
import dev.meridian.commerce.NoExchangeRateException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatedRateProviderTests {

	static final LocalDate FRIDAY = LocalDate.of(2025, 8, 29);

	final RateTable table = new RateTable().add("EUR", "USD", FRIDAY.minusDays(1), "1.1671", "ECB")
		.add("EUR", "USD", FRIDAY, "1.1658", "ECB")
		.add("EUR", "JPY", FRIDAY, "171.44", "ECB")
		.add("EUR", "GBP", FRIDAY.minusDays(1), "0.86355", "ECB")
		.add("USD", "MXN", FRIDAY, "18.70", "manual");

	final Clock clock = Clock.fixed(Instant.parse("2025-09-01T10:00:00Z"), ZoneOffset.UTC);

	final DatedRateProvider provider = new DatedRateProvider(this.table, this.clock);

	final CurrencyConversions conversions = new CurrencyConversions(this.table, this.clock);

	@Test
	void answersAJsr354QueryForADayWithThatDaysRate() {
		ExchangeRate rate = this.provider.getExchangeRate(ConversionQueryBuilder.of()
			.setBaseCurrency("EUR")
			.setTermCurrency("USD")
			.set(FRIDAY.minusDays(1))
			.build());

		assertThat(DatedRateProvider.factor(rate)).isEqualByComparingTo("1.1671");
		assertThat(DatedRateProvider.rateDate(rate)).isEqualTo(FRIDAY.minusDays(1));
		assertThat(DatedRateProvider.source(rate)).isEqualTo("ECB");
	}

	@Test
	void usesTheLatestEarlierDayOnAWeekend() {
		LocalDate sunday = FRIDAY.plusDays(2);

		Conversion conversion = this.conversions.convert(Money.of(100, "EUR"), "USD", sunday);

		assertThat(conversion.converted()).isEqualTo(Money.of(new BigDecimal("116.58"), "USD"));
		assertThat(conversion.rateDate()).isEqualTo(FRIDAY);
	}

	@Test
	void invertsAStoredPair() {
		Conversion conversion = this.conversions.convert(Money.of(new BigDecimal("116.58"), "USD"), "EUR", FRIDAY);

		assertThat(conversion.converted()).isEqualTo(Money.of(new BigDecimal("100.00"), "EUR"));
	}

	@Test
	void crossesThroughTheEuroAndDatesTheResultByItsOlderLeg() {
		// USD -> EUR (Friday) and EUR -> GBP (Thursday): 100 / 1.1658 * 0.86355
		Conversion conversion = this.conversions.convert(Money.of(100, "USD"), "GBP", FRIDAY);

		assertThat(conversion.converted()).isEqualTo(Money.of(new BigDecimal("74.07"), "GBP"));
		assertThat(conversion.rateDate()).isEqualTo(FRIDAY.minusDays(1));
		assertThat(conversion.source()).isEqualTo("ECB");
	}

	@Test
	void prefersADirectManualRateOverTheCrossRate() {
		Conversion conversion = this.conversions.convert(Money.of(10, "USD"), "MXN", FRIDAY);

		assertThat(conversion.converted()).isEqualTo(Money.of(new BigDecimal("187.00"), "MXN"));
		assertThat(conversion.source()).isEqualTo("manual");
	}

	@Test
	void roundsToTheTargetCurrencysDecimals() {
		MonetaryAmount yen = this.conversions.convert(Money.of(new BigDecimal("9.99"), "EUR"), "JPY", FRIDAY)
			.converted();

		assertThat(yen).isEqualTo(Money.of(1713, "JPY"));
	}

	@Test
	void saysSoWhenNoRateExistsOnOrBeforeTheDay() {
		assertThatExceptionOfType(NoExchangeRateException.class)
			.isThrownBy(() -> this.conversions.convert(Money.of(1, "EUR"), "USD", LocalDate.of(2020, 1, 1)))
			.withMessageContaining("EUR to USD on or before 2020-01-01");
		assertThatExceptionOfType(CurrencyConversionException.class).isThrownBy(() -> this.provider
			.getExchangeRate(ConversionQueryBuilder.of().setBaseCurrency("EUR").setTermCurrency("CHF").build()));
	}

	@Test
	void convertsThroughTheJsr354ConversionOperator() {
		MonetaryAmount dollars = Money.of(100, "EUR")
			.with(this.provider.getCurrencyConversion(
					ConversionQueryBuilder.of().setTermCurrency(Monetary.getCurrency("USD")).set(FRIDAY).build()));

		assertThat(dollars.getCurrency().getCurrencyCode()).isEqualTo("USD");
		assertThat(dollars.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("116.58");
	}

	@Test
	void noNetworkProviderIsOnTheClasspath() {
		// Moneta's ECB and IMF providers (the moneta pom) fetch rates over the network at
		// first use; only moneta-core and moneta-convert are on the classpath, whose sole
		// registered provider is the identity.
		assertThat(javax.money.convert.MonetaryConversions.getConversionProviderNames()).containsOnly("IDENT");
	}

}
