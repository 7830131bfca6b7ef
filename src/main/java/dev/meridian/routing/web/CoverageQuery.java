package dev.meridian.routing.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.TeamId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.TimeZones;
import org.jspecify.annotations.Nullable;

/**
 * What a coverage view asks for: an ISO week ({@code 2026-W50}), the zone whose hours are
 * shown, and optionally a team or a market. Parsed here so errors name the parameter.
 * Public only for the template engine, which reads it by reflection.
 */
public record CoverageQuery(LocalDate monday, ZoneId zone, @Nullable TeamId team, @Nullable CountryCode market) {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	static CoverageQuery parse(@Nullable String week, @Nullable String zone, @Nullable String team,
			@Nullable String market, ZoneId viewerZone, Clock clock) {
		ZoneId parsedZone = zone == null || zone.isBlank() ? viewerZone : TimeZones.parse("zone", zone);
		LocalDate monday = week == null || week.isBlank()
				? LocalDate.now(clock.withZone(parsedZone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: monday(week);
		TeamId teamId = null;
		if (team != null && !team.isBlank()) {
			try {
				teamId = new TeamId(UUID.fromString(team.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValueException("team", "'" + team + "' is not a team id");
			}
		}
		CountryCode marketCode = market == null || market.isBlank() ? null : CountryCode.parse("market", market);
		return new CoverageQuery(monday, parsedZone, teamId, marketCode);
	}

	/** The week as ISO 8601 writes it, also the value of an HTML week input. */
	public String week() {
		return String.format(Locale.ROOT, "%d-W%02d", this.monday.get(IsoFields.WEEK_BASED_YEAR),
				this.monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static LocalDate monday(String week) {
		Matcher matcher = WEEK.matcher(week.strip());
		if (!matcher.matches()) {
			throw new InvalidValueException("week", "'" + week + "' is not an ISO week like 2026-W50");
		}
		int year = Integer.parseInt(matcher.group(1));
		int number = Integer.parseInt(matcher.group(2));
		LocalDate january4 = LocalDate.of(year, 1, 4);
		if (number < 1 || number > january4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new InvalidValueException("week", "'" + week + "' is not a week of " + year);
		}
		return january4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
	}

}
