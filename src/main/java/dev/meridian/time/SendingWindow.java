package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * When a person may be written to: not during their quiet hours (which may wrap past
 * midnight, 21:00–08:00 by default) and not on a public holiday where they live. A
 * message due in either waits for the end of the quiet hours of the next day that is not
 * a holiday. Equal start and end mean no quiet hours. Used by every module that writes to
 * customers unasked (notifications, surveys), so they all keep the same hours.
 */
public record SendingWindow(LocalTime quietStart, LocalTime quietEnd, HolidayCalendar holidays) {

	/**
	 * At most this many days are skipped: a safety net for a calendar of only holidays.
	 */
	private static final int MAX_DAYS = 366;

	/**
	 * The window of a person in a country: its public holidays, or quiet hours only for a
	 * country the holiday data does not cover or no country at all.
	 */
	public static SendingWindow of(LocalTime quietStart, LocalTime quietEnd, HolidaySource holidays,
			@Nullable CountryCode country) {
		HolidayCalendar calendar = HolidayCalendar.NONE;
		if (country != null) {
			try {
				calendar = HolidayCalendar.of(holidays, HolidayRegion.of(country));
			}
			catch (dev.meridian.InvalidValueException ex) {
				// A country the holiday data does not cover: quiet hours only.
			}
		}
		return new SendingWindow(quietStart, quietEnd, calendar);
	}

	/**
	 * The first instant at or after {@code at} when the person in {@code zone} may be
	 * written to.
	 */
	public Instant nextAllowed(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		for (int day = 0; day <= MAX_DAYS; day++) {
			LocalDate date = local.toLocalDate();
			if (isHoliday(date)) {
				local = morningOf(date.plusDays(1), zone);
				continue;
			}
			LocalTime time = local.toLocalTime();
			if (!isQuiet(time)) {
				return local.toInstant();
			}
			// Quiet: the end of these quiet hours, today or (after the evening start)
			// tomorrow; checked again, as that day may be a holiday.
			ZonedDateTime end = wraps() && !time.isBefore(this.quietStart) ? morningOf(date.plusDays(1), zone)
					: morningOf(date, zone);
			if (!end.isAfter(local)) {
				// A daylight-saving gap put the end before now: quiet hours are over.
				return local.toInstant();
			}
			local = end;
		}
		return local.toInstant();
	}

	public boolean isQuiet(LocalTime time) {
		if (this.quietStart.equals(this.quietEnd)) {
			return false;
		}
		if (wraps()) {
			return !time.isBefore(this.quietStart) || time.isBefore(this.quietEnd);
		}
		return !time.isBefore(this.quietStart) && time.isBefore(this.quietEnd);
	}

	private boolean wraps() {
		return this.quietStart.isAfter(this.quietEnd);
	}

	private boolean isHoliday(LocalDate date) {
		return this.holidays.datesIn(date.getYear()).contains(date);
	}

	private ZonedDateTime morningOf(LocalDate date, ZoneId zone) {
		// In a daylight-saving gap ZonedDateTime moves the time forward: still morning.
		return ZonedDateTime.of(date, this.quietEnd, zone);
	}

}
