package dev.meridian.sla.internal;

import java.util.Optional;

import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.tickets.Ticket;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.CalendarOwner;

import org.springframework.stereotype.Component;

/**
 * The calendar a ticket's service-level time is counted on: its team's stored calendar if
 * the team has one (the people who answer keep those hours), else its market's (stored,
 * or the default office week of the market's zone and country), else around the clock in
 * UTC.
 */
@Component
public class SlaCalendars {

	/** A calendar and a short name for it that tickets show ({@code market:DE}). */
	public record Resolved(BusinessCalendar calendar, String name) {
	}

	static final String UTC = "utc";

	private final CalendarManagement calendars;

	private final MarketManagement markets;

	SlaCalendars(CalendarManagement calendars, MarketManagement markets) {
		this.calendars = calendars;
		this.markets = markets;
	}

	public Resolved of(Ticket ticket) {
		if (ticket.team().isPresent()) {
			CalendarOwner team = CalendarOwner.team(ticket.team().get().value());
			Optional<BusinessCalendar> stored = this.calendars.storedCalendar(team);
			if (stored.isPresent()) {
				return new Resolved(stored.get(), team.toString());
			}
		}
		Optional<Market> market = ticket.market().flatMap(this.markets::find);
		if (market.isPresent()) {
			CalendarOwner owner = CalendarOwner.market(market.get().code());
			return new Resolved(this.calendars.calendarFor(owner, market.get().timeZone(), market.get().code()),
					owner.toString());
		}
		return new Resolved(CalendarManagement.ALWAYS_OPEN_UTC, UTC);
	}

}
