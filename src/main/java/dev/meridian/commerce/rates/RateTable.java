package dev.meridian.commerce.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dated rates held in memory: for tests, benchmarks and callers that load a known set
 * once. Not thread-safe while it is being filled; read-only afterwards.
 */
public final class RateTable implements RateSource {

	private final Map<String, NavigableMap<LocalDate, DatedRate>> pairs = new HashMap<>();

	/** Adds (or replaces) one day's rate for a pair. */
	public RateTable add(String base, String quote, LocalDate date, String rate, String source) {
		return add(new DatedRate(base, quote, date, new BigDecimal(rate), source));
	}

	public RateTable add(DatedRate rate) {
		this.pairs.computeIfAbsent(rate.base() + rate.quote(), pair -> new TreeMap<>()).put(rate.date(), rate);
		return this;
	}

	@Override
	public Optional<DatedRate> latestOnOrBefore(String base, String quote, LocalDate date) {
		NavigableMap<LocalDate, DatedRate> days = this.pairs.get(base + quote);
		if (days == null) {
			return Optional.empty();
		}
		Entry<LocalDate, DatedRate> day = days.floorEntry(date);
		return (day != null) ? Optional.of(day.getValue()) : Optional.empty();
	}

}
