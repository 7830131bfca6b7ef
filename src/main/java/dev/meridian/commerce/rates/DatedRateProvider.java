package dev.meridian.commerce.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import javax.money.CurrencyUnit;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionContextBuilder;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;

import org.javamoney.moneta.convert.ExchangeRateBuilder;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.javamoney.moneta.spi.LazyBoundCurrencyConversion;

/**
 * Our JSR 354 provider: dated rates from a {@link RateSource}. The day comes from the
 * query ({@code ConversionQueryBuilder.set(LocalDate)}), else today; a day without a rate
 * uses the latest earlier one. A pair that is not stored is answered by its inverse, then
 * by a cross rate through EUR (the ECB publishes EUR against each currency). Each rate
 * carries the day it was published in its context: {@link #rateDate(ExchangeRate)}.
 *
 * Used directly, never through {@code MonetaryConversions}: that registry would look for
 * Moneta's default network providers (ECB, IMF), which are not on the classpath on
 * purpose.
 */
public final class DatedRateProvider implements ExchangeRateProvider {

	/** The provider's name in JSR 354 contexts. */
	public static final String NAME = "MERIDIAN";

	private static final String RATE_DATE = "rateDate";

	private static final String SOURCE = "source";

	private static final String PIVOT = "EUR";

	private static final ProviderContext CONTEXT = ProviderContextBuilder.of(NAME, RateType.HISTORIC, RateType.DEFERRED)
		.set("providerDescription", "Dated rates stored by Meridian (ECB reference rates and rates entered by hand)")
		.build();

	private final RateSource rates;

	private final Clock clock;

	public DatedRateProvider(RateSource rates, Clock clock) {
		this.rates = rates;
		this.clock = clock;
	}

	/** The day the rate was published (for a cross rate, the older of its two legs). */
	public static LocalDate rateDate(ExchangeRate rate) {
		LocalDate date = rate.getContext().get(RATE_DATE, LocalDate.class);
		if (date == null) {
			throw new IllegalArgumentException("Not a rate of this provider: " + rate);
		}
		return date;
	}

	/**
	 * Who published the rate ("ECB", "manual", or both legs' sources for a cross rate).
	 */
	public static String source(ExchangeRate rate) {
		String source = rate.getContext().getText(SOURCE);
		return (source != null) ? source : NAME;
	}

	@Override
	public ProviderContext getContext() {
		return CONTEXT;
	}

	@Override
	public boolean isAvailable(ConversionQuery query) {
		return find(query.getBaseCurrency(), query.getCurrency(), dayOf(query)).isPresent();
	}

	@Override
	public ExchangeRate getExchangeRate(ConversionQuery query) {
		LocalDate day = dayOf(query);
		return find(query.getBaseCurrency(), query.getCurrency(), day)
			.orElseThrow(() -> new CurrencyConversionException(query.getBaseCurrency(), query.getCurrency(),
					ConversionContext.of(NAME, RateType.HISTORIC), "No rate on or before " + day));
	}

	@Override
	public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
		return new LazyBoundCurrencyConversion(query, this, ConversionContext.of(NAME, RateType.HISTORIC));
	}

	/**
	 * A rate as plain values, for callers on a hot path that need no JSR 354 objects.
	 *
	 * @param factor units of the term currency per unit of the base
	 * @param date the day it was published (for a cross rate, the older leg's)
	 * @param source who published it
	 */
	public record Quote(BigDecimal factor, LocalDate date, String source) {

	}

	/** The rate from base to term on {@code day} or the latest earlier day, if any. */
	public Optional<ExchangeRate> find(CurrencyUnit base, CurrencyUnit term, LocalDate day) {
		return quote(base.getCurrencyCode(), term.getCurrencyCode(), day)
			.map(quote -> rate(base, term, quote.factor(), quote.date(), quote.source()));
	}

	/**
	 * The rate between two ISO 4217 codes on {@code day} or the latest earlier day:
	 * stored, inverted, or crossed through EUR, in that order.
	 */
	public Optional<Quote> quote(String from, String to, LocalDate day) {
		if (from.equals(to)) {
			return Optional.of(new Quote(BigDecimal.ONE, day, "identity"));
		}
		Optional<Quote> direct = leg(from, to, day);
		if (direct.isPresent() || from.equals(PIVOT) || to.equals(PIVOT)) {
			return direct;
		}
		Optional<Quote> first = leg(from, PIVOT, day);
		Optional<Quote> second = first.isPresent() ? leg(PIVOT, to, day) : Optional.empty();
		if (first.isEmpty() || second.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal factor = first.get().factor().multiply(second.get().factor(), MathContext.DECIMAL64);
		LocalDate older = min(first.get().date(), second.get().date());
		String source = first.get().source().equals(second.get().source()) ? first.get().source()
				: first.get().source() + "+" + second.get().source();
		return Optional.of(new Quote(factor, older, source));
	}

	/** The factor of a rate as an exact decimal. */
	public static BigDecimal factor(ExchangeRate rate) {
		return rate.getFactor().numberValue(BigDecimal.class);
	}

	private Optional<Quote> leg(String from, String to, LocalDate day) {
		Optional<DatedRate> stored = this.rates.latestOnOrBefore(from, to, day);
		if (stored.isPresent()) {
			DatedRate found = stored.get();
			return Optional.of(new Quote(found.rate(), found.date(), found.source()));
		}
		Optional<DatedRate> inverse = this.rates.latestOnOrBefore(to, from, day);
		if (inverse.isPresent()) {
			DatedRate found = inverse.get();
			return Optional.of(new Quote(BigDecimal.ONE.divide(found.rate(), MathContext.DECIMAL64), found.date(),
					found.source()));
		}
		return Optional.empty();
	}

	private static ExchangeRate rate(CurrencyUnit base, CurrencyUnit term, BigDecimal factor, LocalDate date,
			String source) {
		return new ExchangeRateBuilder(context(date, source)).setBase(base)
			.setTerm(term)
			.setFactor(DefaultNumberValue.of(factor))
			.build();
	}

	private static ConversionContext context(LocalDate date, String source) {
		return ConversionContextBuilder.create(CONTEXT, RateType.HISTORIC)
			.set(RATE_DATE, date)
			.set(SOURCE, source)
			.build();
	}

	private LocalDate dayOf(ConversionQuery query) {
		LocalDate day = query.get(LocalDate.class);
		return (day != null) ? day : LocalDate.now(this.clock);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
