package dev.meridian.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;

import dev.meridian.commerce.rates.DatedRateProvider;
import dev.meridian.commerce.rates.RateSource;
import org.javamoney.moneta.Money;

import org.springframework.stereotype.Service;

/**
 * Converts amounts at the rate of a given day, for any module: an order's value in the
 * shop's currency, a refund in the customer's. Dated rates come from the database (ECB
 * reference rates and rates entered by hand); {@link #provider()} gives the same rates as
 * a JSR 354 {@link ExchangeRateProvider}.
 */
@Service
public class CurrencyConversions {

	private final DatedRateProvider provider;

	public CurrencyConversions(RateSource rates, Clock clock) {
		this.provider = new DatedRateProvider(rates, clock);
	}

	/** The dated rates as a JSR 354 provider (query with {@code set(LocalDate)}). */
	public ExchangeRateProvider provider() {
		return this.provider;
	}

	/**
	 * Converts an amount at the rate of {@code date} (or the latest earlier day).
	 * @throws NoExchangeRateException if no rate links the two currencies by then
	 */
	public Conversion convert(MonetaryAmount amount, CurrencyUnit to, LocalDate date) {
		ExchangeRate rate = rate(amount.getCurrency(), to, date);
		BigDecimal factor = DatedRateProvider.factor(rate);
		BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).multiply(factor);
		int digits = Currency.getInstance(to.getCurrencyCode()).getDefaultFractionDigits();
		MonetaryAmount converted = Money.of(value.setScale(Math.max(digits, 0), RoundingMode.HALF_UP), to);
		return new Conversion(amount, converted, factor, DatedRateProvider.rateDate(rate),
				DatedRateProvider.source(rate));
	}

	/** Converts into the currency with this ISO 4217 code. */
	public Conversion convert(MonetaryAmount amount, String to, LocalDate date) {
		return convert(amount, Monetary.getCurrency(to), date);
	}

	/**
	 * The rate from one currency to another on {@code date} or the latest earlier day.
	 * @throws NoExchangeRateException if there is none
	 */
	public ExchangeRate rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
		return this.provider.find(from, to, date)
			.orElseThrow(() -> new NoExchangeRateException(from.getCurrencyCode(), to.getCurrencyCode(), date));
	}

}
