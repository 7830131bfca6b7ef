package dev.meridian.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.analytics.Dimension;
import dev.meridian.analytics.ReportQuery;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.TimeZones;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters a report takes on the API and the screen, checked and turned into
 * a {@link ReportQuery}: bad values are a 400 naming the parameter.
 */
record ReportRequest(@Nullable String from, @Nullable String to, @Nullable String groupBy, @Nullable String zone,
		@Nullable String market, @Nullable String language, @Nullable String channel, @Nullable String team,
		@Nullable String agent, @Nullable String translated) {

	/**
	 * The query; without {@code to}, the range ends today in the report's zone (the
	 * {@code zone} given, else the viewer's).
	 */
	ReportQuery toQuery(ZoneId viewerZone, Clock clock) {
		ZoneId parsedZone = blank(this.zone) ? viewerZone : TimeZones.parse("zone", this.zone);
		LocalDate end = blank(this.to) ? LocalDate.now(clock.withZone(parsedZone)) : date("to", this.to);
		LocalDate start = blank(this.from) ? end.minusDays(29) : date("from", this.from);
		Dimension by = blank(this.groupBy) ? Dimension.MARKET : Dimension.parse("groupBy", this.groupBy);
		Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
		if (!blank(this.market)) {
			filters.put(Dimension.MARKET, CountryCode.parse("market", this.market).value());
		}
		if (!blank(this.language)) {
			filters.put(Dimension.LANGUAGE, LanguageTag.parse("language", this.language).value());
		}
		if (!blank(this.channel)) {
			filters.put(Dimension.CHANNEL, channel(this.channel));
		}
		if (!blank(this.team)) {
			filters.put(Dimension.TEAM, uuid("team", this.team));
		}
		if (!blank(this.agent)) {
			filters.put(Dimension.AGENT, uuid("agent", this.agent));
		}
		if (!blank(this.translated)) {
			if (!this.translated.equals("true") && !this.translated.equals("false")) {
				throw new InvalidValueException("translated", "translated must be true or false");
			}
			filters.put(Dimension.TRANSLATED, this.translated);
		}
		return new ReportQuery(start, end, parsedZone, by, filters);
	}

	private static String channel(String value) {
		try {
			return dev.meridian.tickets.Channel.valueOf(value.trim().toUpperCase(Locale.ROOT))
				.name()
				.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("channel",
					"channel must be one of email, chat, web, api, phone, messaging");
		}
	}

	private static String uuid(String field, String value) {
		try {
			return UUID.fromString(value.trim()).toString();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, field + " must be an id, not '" + value + "'");
		}
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, field + " must be a date as YYYY-MM-DD, not '" + value + "'");
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
