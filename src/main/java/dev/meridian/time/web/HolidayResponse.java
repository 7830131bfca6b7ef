package dev.meridian.time.web;

import java.util.Locale;

import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayDecision;
import org.jspecify.annotations.Nullable;

/**
 * A day off: the date closed, English name, local name when known, kind.
 * {@code estimated} is true while no official announcement confirms the date (calendars
 * close on it all the same); {@code confirmed} is true once an admin confirmed or moved
 * it, and {@code listedDate} is the date the holiday data gave when an admin moved it.
 */
record HolidayResponse(String date, String name, @Nullable String localName, String type, boolean estimated,
		boolean confirmed, @Nullable String listedDate) {

	static HolidayResponse of(Holiday holiday, @Nullable HolidayDecision decision) {
		return new HolidayResponse(holiday.date().toString(), holiday.name(), holiday.localName(),
				holiday.kind().name().toLowerCase(Locale.ROOT), holiday.estimated(), decision != null,
				decision != null && decision.moved() ? decision.listedDate().toString() : null);
	}

}
