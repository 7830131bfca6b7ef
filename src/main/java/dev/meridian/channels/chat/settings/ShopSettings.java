package dev.meridian.channels.chat.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.MarketManagement;
import dev.meridian.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The widget's settings per market. Read on every widget load and every CORS check, so
 * they are held in memory and read again from the database after a short while (another
 * node's change shows within {@link #REFRESH}), or at once on this node's change.
 */
@Service
public class ShopSettings {

	/** How long a node trusts what it read: a change elsewhere shows within this. */
	static final Duration REFRESH = Duration.ofSeconds(30);

	private final WidgetSettingsRows rows;

	private final MarketManagement markets;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	/** The settings as read, and when. */
	private record Snapshot(Map<String, WidgetSettings> byMarket, long readAtNanos) {
	}

	ShopSettings(WidgetSettingsRows rows, MarketManagement markets, Clock clock) {
		this.rows = rows;
		this.markets = markets;
		this.clock = clock;
	}

	/**
	 * The settings of a market's widget: its own, else the default row's (under the
	 * market's name), else the built-in defaults.
	 */
	public WidgetSettings forMarket(@Nullable String market) {
		Map<String, WidgetSettings> all = current();
		String code = market == null ? null : market.strip().toUpperCase(java.util.Locale.ROOT);
		WidgetSettings own = code == null ? null : all.get(code);
		if (own != null) {
			return own;
		}
		WidgetSettings fallback = all.get(WidgetSettings.DEFAULT);
		String name = code == null || !code.matches("[A-Z]{2}") ? WidgetSettings.DEFAULT : code;
		if (fallback == null) {
			return WidgetSettings.defaults(name);
		}
		return new WidgetSettings(name, fallback.enabled(), fallback.colour(), fallback.greetings(),
				fallback.allowedOrigins(), fallback.languages(), fallback.preChat(), fallback.bot());
	}

	/** The markets with settings of their own, and the default row, as stored. */
	public List<WidgetSettings> stored() {
		return List.copyOf(current().values());
	}

	/** Whether a market has settings of its own. */
	public Optional<WidgetSettings> storedFor(String market) {
		return Optional.ofNullable(current().get(market));
	}

	/**
	 * Stores a market's settings. A market that does not exist is refused: a typo would
	 * otherwise configure a widget no shop uses.
	 */
	public WidgetSettings save(WidgetSettings settings) {
		if (!WidgetSettings.DEFAULT.equals(settings.market())
				&& this.markets.find(new CountryCode(settings.market())).isEmpty()) {
			throw new NotFoundException("Market", settings.market());
		}
		this.rows.save(settings, this.clock.instant());
		this.snapshot = null;
		return settings;
	}

	/** Every origin some market's widget may be embedded on (for CORS). */
	public List<String> allowedOrigins() {
		return current().values()
			.stream()
			.filter(WidgetSettings::enabled)
			.flatMap(s -> s.allowedOrigins().stream())
			.distinct()
			.toList();
	}

	private Map<String, WidgetSettings> current() {
		Snapshot read = this.snapshot;
		// Elapsed time on this machine, not the business clock (which tests move).
		long now = System.nanoTime();
		if (read == null || now - read.readAtNanos() > REFRESH.toNanos()) {
			Map<String, WidgetSettings> byMarket = new LinkedHashMap<>();
			for (WidgetSettings settings : this.rows.all()) {
				byMarket.put(settings.market(), settings);
			}
			read = new Snapshot(java.util.Collections.unmodifiableMap(byMarket), now);
			this.snapshot = read;
		}
		return read.byMarket();
	}

}
