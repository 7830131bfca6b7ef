package dev.meridian.channels.chatbot;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.bot.BotSettings;
import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidence the chat's bot needs before it answers a market's visitors: the market's
 * own when a supervisor set one (a market whose articles are thin, or whose language the
 * engines translate poorly, wants more caution), else
 * {@code meridian.bot.answer-threshold}.
 */
@Component
public class BotThresholds {

	private final JdbcClient jdbc;

	private final BotSettings settings;

	private final Clock clock;

	BotThresholds(JdbcClient jdbc, BotSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** A market's own threshold. */
	public record MarketThreshold(String market, double threshold) {
	}

	/** The threshold configured for every market without its own. */
	public double standard() {
		return this.settings.answerThreshold();
	}

	/** The market's own threshold, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Double> of(@Nullable String market) {
		if (market == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select answer_threshold from bot_market_thresholds where market = ?")
			.param(market)
			.query(BigDecimal.class)
			.optional()
			.map(BigDecimal::doubleValue);
	}

	@Transactional(readOnly = true)
	public List<MarketThreshold> all() {
		return this.jdbc.sql("select market, answer_threshold from bot_market_thresholds order by market")
			.query((rs, n) -> new MarketThreshold(rs.getString(1), rs.getBigDecimal(2).doubleValue()))
			.list();
	}

	/**
	 * Sets the market's own threshold, or with {@code null} returns it to the standard
	 * one.
	 */
	@Transactional
	public void set(CountryCode market, @Nullable Double threshold) {
		if (threshold == null) {
			this.jdbc.sql("delete from bot_market_thresholds where market = ?").param(market.value()).update();
			return;
		}
		if (threshold.isNaN() || threshold < 0 || threshold > 1) {
			throw new InvalidValueException("threshold", "A confidence threshold is between 0 and 1");
		}
		this.jdbc.sql("""
				insert into bot_market_thresholds (market, answer_threshold, updated_at) values (?, ?, ?)
				on conflict (market) do update set answer_threshold = excluded.answer_threshold,
				                                   updated_at = excluded.updated_at""")
			.params(market.value(), BigDecimal.valueOf(threshold).setScale(3, java.math.RoundingMode.HALF_UP),
					Timestamp.from(this.clock.instant()))
			.update();
	}

}
