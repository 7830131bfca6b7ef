package dev.meridian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.CalendarOwner;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The business calendar that governed a ticket: the one its service-level clocks name
 * ({@code team:<id>}, {@code market:DE}, {@code utc}); for a ticket without clocks, the
 * same rule the SLA module applies (team's stored calendar, else the market's, else UTC
 * around the clock). Calendars are kept for a minute: building one reads holidays.
 */
@Component
class GoverningCalendars {

	private static final Logger log = LoggerFactory.getLogger(GoverningCalendars.class);

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final CalendarManagement calendars;

	private final MarketManagement markets;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private record Kept(BusinessCalendar calendar, Instant until) {
	}

	GoverningCalendars(CalendarManagement calendars, MarketManagement markets) {
		this.calendars = calendars;
		this.markets = markets;
	}

	/**
	 * Builds each market's calendar once, in the background, when the server has started:
	 * the first build reads the holiday data (over a second), and the event that waited
	 * for it held its ticket's analytics row meanwhile.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void buildMarketsCalendars() {
		Thread builder = new Thread(() -> {
			try {
				for (Market market : this.markets.all()) {
					of("market:" + market.code().value(), "", market.code().value());
				}
			}
			catch (RuntimeException ex) {
				// the events build them then, as without this
				log.debug("Markets' calendars not built ahead: {}", ex.getMessage());
			}
		}, "analytics-calendars");
		builder.setDaemon(true);
		builder.start();
	}

	BusinessCalendar of(@Nullable String named, String team, String market) {
		// without a name, whether the team has a calendar of its own is a read too: kept
		// under the team and market
		String key = named != null ? named : "default:" + team + ":" + market;
		Kept hit = this.kept.get(key);
		if (hit != null && hit.until().isAfter(Instant.now())) {
			return hit.calendar();
		}
		// One event builds it, the others of the same calendar wait for that one: built
		// by
		// each of them at once (the first events after a start, or after a minute), the
		// reads and the holiday data took seconds on a busy machine.
		return this.kept.compute(key, (k, old) -> {
			Instant now = Instant.now();
			if (old != null && old.until().isAfter(now)) {
				return old;
			}
			return new Kept(resolve(named != null ? named : defaultName(team, market)), now.plus(KEEP));
		}).calendar();
	}

	private String defaultName(String team, String market) {
		if (!team.isEmpty() && this.calendars.storedCalendar(CalendarOwner.team(UUID.fromString(team))).isPresent()) {
			return CalendarOwner.team(UUID.fromString(team)).toString();
		}
		return market.isEmpty() ? "utc" : "market:" + market;
	}

	private BusinessCalendar resolve(String name) {
		if (name.startsWith("team:")) {
			Optional<BusinessCalendar> stored = this.calendars
				.storedCalendar(CalendarOwner.team(UUID.fromString(name.substring(5))));
			if (stored.isPresent()) {
				return stored.get();
			}
		}
		if (name.startsWith("market:")) {
			Optional<Market> market = this.markets.find(new CountryCode(name.substring(7)));
			if (market.isPresent()) {
				CalendarOwner owner = CalendarOwner.market(market.get().code());
				return this.calendars.calendarFor(owner, market.get().timeZone(), market.get().code());
			}
		}
		return CalendarManagement.ALWAYS_OPEN_UTC;
	}

}
