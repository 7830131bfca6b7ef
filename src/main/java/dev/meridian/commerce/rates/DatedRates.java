package dev.meridian.commerce.rates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored rates, one row per pair and day. Writing the same pair and day again
 * replaces the rate (a correction, or the same ECB file imported twice).
 */
@Repository
public class DatedRates implements RateSource {

	private final JdbcClient jdbc;

	DatedRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<DatedRate> latestOnOrBefore(String base, String quote, LocalDate date) {
		return this.jdbc.sql("""
				select base, quote, rate_date, rate, source from exchange_rate
				where base = ? and quote = ? and rate_date <= ?
				order by rate_date desc limit 1
				""")
			.params(base, quote, date)
			.query((rs, row) -> new DatedRate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4), rs.getString(5)))
			.optional();
	}

	/** Stores the rates, replacing those of the same pair and day; returns how many. */
	@Transactional
	public int saveAll(Collection<DatedRate> rates) {
		for (DatedRate rate : rates) {
			this.jdbc.sql("""
					insert into exchange_rate (base, quote, rate_date, rate, source) values (?, ?, ?, ?, ?)
					on conflict (base, quote, rate_date)
					do update set rate = excluded.rate, source = excluded.source, recorded_at = now()
					""").params(rate.base(), rate.quote(), rate.date(), rate.rate(), rate.source()).update();
		}
		return rates.size();
	}

	/** The rates of one day with this base, as stored. */
	public List<DatedRate> onDay(String base, LocalDate date) {
		return this.jdbc.sql("""
				select base, quote, rate_date, rate, source from exchange_rate
				where base = ? and rate_date = ? order by quote
				""")
			.params(base, date)
			.query((rs, row) -> new DatedRate(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4), rs.getString(5)))
			.list();
	}

	/** The last day with rates against this base, if any. */
	public Optional<LocalDate> latestDate(String base) {
		return this.jdbc.sql("select max(rate_date) from exchange_rate where base = ?")
			.param(base)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	/** The base currencies that have rates, in alphabetical order. */
	public List<String> bases() {
		return this.jdbc.sql("select distinct base from exchange_rate order by base").query(String.class).list();
	}

}
