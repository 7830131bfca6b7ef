package dev.meridian.commerce.goodwill;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javax.money.MonetaryAmount;

import dev.meridian.commerce.Conversion;

/**
 * The rule of goodwill authority: an amount up to the limit (inclusive) is granted at
 * once, above it a supervisor approves. The limit used is the one in the market's
 * currency, else the one in the currency asked for, else the first by currency code; the
 * amount is converted into the limit's currency to compare. Without any limit, everything
 * needs approval.
 */
public final class GoodwillPolicy {

	private GoodwillPolicy() {
	}

	/**
	 * @param requested what is asked for
	 * @param marketCurrency the ISO 4217 code of the ticket's market
	 * @param limits the asker's limits, at most one per currency
	 * @param convert converts an amount into a currency (by ISO 4217 code)
	 */
	public static GoodwillDecision decide(MonetaryAmount requested, String marketCurrency, List<MonetaryAmount> limits,
			BiFunction<MonetaryAmount, String, Conversion> convert) {
		if (requested.isNegativeOrZero()) {
			throw new IllegalArgumentException("Goodwill is a positive amount, not " + requested);
		}
		String requestedCurrency = requested.getCurrency().getCurrencyCode();
		Optional<MonetaryAmount> limit = in(limits, marketCurrency).or(() -> in(limits, requestedCurrency))
			.or(() -> limits.stream().min(Comparator.comparing(l -> l.getCurrency().getCurrencyCode())));
		String target = limit.map(l -> l.getCurrency().getCurrencyCode()).orElse(marketCurrency);
		Conversion conversion = target.equals(requestedCurrency) ? null : convert.apply(requested, target);
		MonetaryAmount compared = conversion == null ? requested : conversion.converted();
		boolean within = limit.map(compared::isLessThanOrEqualTo).orElse(false);
		return new GoodwillDecision(within, compared, limit.orElse(null), conversion);
	}

	private static Optional<MonetaryAmount> in(List<MonetaryAmount> limits, String currency) {
		return limits.stream().filter(l -> l.getCurrency().getCurrencyCode().equals(currency)).findFirst();
	}

}
