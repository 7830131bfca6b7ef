package dev.meridian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.tickets.ServiceLevel;
import dev.meridian.tickets.ServiceLevels;
import dev.meridian.tickets.TicketId;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.CalendarOwner;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The business calendar that governed a ticket: the one its service-level clocks name
 * ({@code team:<id>}, {@code market:DE}, {@code utc}); for a ticket without clocks, the
 * same rule the SLA module applies (team's stored calendar, else the market's, else UTC
 * around the clock). Calendars are kept for a minute: building one reads holidays.
 */
@Component
class GoverningCalendars {

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final ServiceLevels serviceLevels;

	private final CalendarManagement calendars;

	private final MarketManagement markets;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private record Kept(BusinessCalendar calendar, Instant until) {
	}

	GoverningCalendars(ServiceLevels serviceLevels, CalendarManagement calendars, MarketManagement markets) {
		this.serviceLevels = serviceLevels;
		this.calendars = calendars;
		this.markets = markets;
	}

	/** What the SLA module reports for the ticket: its calendar and missed targets. */
	ServiceLevel serviceLevel(TicketId ticket) {
		return this.serviceLevels.of(List.of(ticket)).getOrDefault(ticket, ServiceLevel.NONE);
	}

	BusinessCalendar of(@Nullable String named, String team, String market) {
		// without a name, whether the team has a calendar of its own is a read too: kept
		// under the team and market
		String key = named != null ? named : "default:" + team + ":" + market;
		Instant now = Instant.now();
		Kept hit = this.kept.get(key);
		if (hit != null && hit.until().isAfter(now)) {
			return hit.calendar();
		}
		BusinessCalendar calendar = resolve(named != null ? named : defaultName(team, market));
		this.kept.put(key, new Kept(calendar, now.plus(KEEP)));
		return calendar;
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
