package dev.meridian.privacy.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.InvalidValueException;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.privacy.RetainedKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each kind is kept: the defaults from the settings, and the periods markets
 * have of their own (stored; a kind a market does not name follows the default).
 */
@Service
class RetentionPeriods {

	static final int MAX_DAYS = 36_500;

	private final JdbcClient jdbc;

	private final RetentionSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	RetentionPeriods(JdbcClient jdbc, RetentionSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	Map<RetainedKind, Integer> defaults() {
		return this.settings.defaultDays();
	}

	/** Each market's own periods, by market. */
	Map<String, Map<RetainedKind, Integer>> markets() {
		Map<String, Map<RetainedKind, Integer>> markets = new TreeMap<>();
		this.jdbc.sql("select market, kind, days from privacy_retention_periods order by market, kind").query(rs -> {
			String market = rs.getString("market");
			int days = rs.getInt("days");
			RetainedKind.ofKey(rs.getString("kind"))
				.ifPresent(kind -> markets.computeIfAbsent(market, m -> new EnumMap<>(RetainedKind.class))
					.put(kind, days));
		});
		return markets;
	}

	/** The period of a kind in a market ({@code null}: the rest), in days. */
	int days(RetainedKind kind, @Nullable String market, Map<String, Map<RetainedKind, Integer>> markets) {
		Integer own = market == null ? null : markets.getOrDefault(market, Map.of()).get(kind);
		return own != null ? own : defaults().get(kind);
	}

	/**
	 * Replaces a market's own periods: the kinds named get their period, the others
	 * follow the default again.
	 */
	@Transactional
	void replace(String market, Map<String, @Nullable Integer> days) {
		String code = marketCode(market);
		Map<RetainedKind, Integer> checked = new EnumMap<>(RetainedKind.class);
		days.forEach((key, value) -> {
			RetainedKind kind = RetainedKind.ofKey(key)
				.orElseThrow(() -> new InvalidValueException(key, "Not a kind of data kept: one of " + keys()));
			if (!kind.perMarket()) {
				throw new InvalidValueException(key, "Kept for one period in all markets: set it in the settings");
			}
			if (value == null) {
				return;
			}
			if (value < 1 || value > MAX_DAYS) {
				throw new InvalidValueException(key, "A period is between 1 and " + MAX_DAYS + " days");
			}
			checked.put(kind, value);
		});
		this.jdbc.sql("delete from privacy_retention_periods where market = ?").param(code).update();
		Timestamp now = Timestamp.from(this.clock.instant());
		checked.forEach((kind, value) -> this.jdbc
			.sql("insert into privacy_retention_periods (market, kind, days, updated_at) values (?, ?, ?, ?)")
			.params(code, kind.key(), value, now)
			.update());
		this.audit.record("retention.periods-changed", "market:" + code);
	}

	static String marketCode(String market) {
		if (!market.matches("[A-Za-z]{2}")) {
			throw new InvalidValueException("market", "A market is an ISO 3166-1 alpha-2 code");
		}
		return market.toUpperCase(Locale.ROOT);
	}

	private static String keys() {
		return String.join(", ", java.util.Arrays.stream(RetainedKind.values()).map(RetainedKind::key).toList());
	}

}
