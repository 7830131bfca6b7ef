package dev.meridian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * <p>
 * A calendar kept longer than that is still used while a background thread builds its
 * successor (with the holiday years reports need read ahead): rebuilt inside an event, it
 * cost that event, and the events of other tickets waiting for it, a quarter to half a
 * second once a minute (measured in the reports benchmark). A change to a calendar
 * reaches the reports within a minute and one rebuild, as before.
 */
@Component
class GoverningCalendars {

	private static final Logger log = LoggerFactory.getLogger(GoverningCalendars.class);

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final CalendarManagement calendars;

	private final MarketManagement markets;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

	private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "analytics-calendars-rebuild");
		thread.setDaemon(true);
		return thread;
	});

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
		if (hit != null) {
			if (!hit.until().isAfter(Instant.now())) {
				rebuildInBackground(key, named, team, market);
			}
			return hit.calendar();
		}
		// The first build: one event builds it, the others of the same calendar wait for
		// that one (built by each of them at once, the reads and the holiday data took
		// seconds on a busy machine).
		return this.kept.compute(key, (k, old) -> {
			Instant now = Instant.now();
			if (old != null && old.until().isAfter(now)) {
				return old;
			}
			return new Kept(resolve(named != null ? named : defaultName(team, market)), now.plus(KEEP));
		}).calendar();
	}

	private void rebuildInBackground(String key, @Nullable String named, String team, String market) {
		if (!this.rebuilding.add(key)) {
			return;
		}
		try {
			this.rebuilder.execute(() -> {
				try {
					BusinessCalendar calendar = resolve(named != null ? named : defaultName(team, market));
					readAhead(calendar);
					this.kept.put(key, new Kept(calendar, Instant.now().plus(KEEP)));
				}
				catch (RuntimeException ex) {
					// the kept one serves until the next try
					log.debug("Calendar {} not rebuilt: {}", key, ex.getMessage());
				}
				finally {
					this.rebuilding.remove(key);
				}
			});
		}
		catch (RuntimeException ex) {
			this.rebuilding.remove(key);
		}
	}

	/**
	 * Reads the holiday years of the last year and a bit into the calendar, as the
	 * events' business times will (a ticket's creation to its reply or solve).
	 */
	private static void readAhead(BusinessCalendar calendar) {
		if (!calendar.isNeverOpen()) {
			Instant now = Instant.now();
			calendar.businessMinutesBetween(now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(1)));
		}
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
