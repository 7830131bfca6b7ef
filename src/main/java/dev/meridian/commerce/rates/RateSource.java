package dev.meridian.commerce.rates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where dated rates are read from: the database in the server, an in-memory table in
 * tests and benchmarks.
 */
public interface RateSource {

	/** The rate for exactly this pair on {@code date} or the latest day before it. */
	Optional<DatedRate> latestOnOrBefore(String base, String quote, LocalDate date);

}
