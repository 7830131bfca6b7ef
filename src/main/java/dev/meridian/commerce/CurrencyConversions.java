package dev.meridian.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private final Map<String, CurrencyUnit> units = new ConcurrentHashMap<>();

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
		String from = amount.getCurrency().getCurrencyCode();
		DatedRateProvider.Quote quote = this.provider.quote(from, to.getCurrencyCode(), date)
			.orElseThrow(() -> new NoExchangeRateException(from, to.getCurrencyCode(), date));
		BigDecimal value = amount.getNumber().numberValue(BigDecimal.class).multiply(quote.factor());
		int digits = Currency.getInstance(to.getCurrencyCode()).getDefaultFractionDigits();
		MonetaryAmount converted = Money.of(value.setScale(Math.max(digits, 0), RoundingMode.HALF_UP), to);
		return new Conversion(amount, converted, quote.factor(), quote.date(), quote.source());
	}

	/** Converts into the currency with this ISO 4217 code. */
	public Conversion convert(MonetaryAmount amount, String to, LocalDate date) {
		return convert(amount, unit(to), date);
	}

	/**
	 * The JSR 354 unit of an ISO 4217 code, remembered: {@code Monetary.getCurrency} asks
	 * every registered currency provider each time, which costs more than a conversion.
	 */
	public CurrencyUnit unit(String code) {
		return this.units.computeIfAbsent(code, Monetary::getCurrency);
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
