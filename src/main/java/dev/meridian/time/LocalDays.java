package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * How the day looks where a person is: for the ticket screen's customer panel.
 */
@Service
public class LocalDays {

	private final HolidaySource holidays;

	public LocalDays(HolidaySource holidays) {
		this.holidays = holidays;
	}

	/**
	 * The day as it is for someone in a zone and country at an instant: local time,
	 * night, weekend (CLDR's for the country, Saturday–Sunday without one), today's
	 * public holiday and the next business day.
	 */
	public LocalDay localDay(ZoneId zone, @Nullable CountryCode country, Instant at) {
		ZonedDateTime local = at.atZone(zone);
		LocalDate today = local.toLocalDate();
		Set<DayOfWeek> weekend = country == null ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
				: BusinessSchedule.weekendOf(country);
		Holiday holiday = country == null ? null : holidayOn(HolidayRegion.of(country), today);
		LocalDate next = today.plusDays(1);
		// A year holds at most a few dozen days off, so this ends within weeks.
		while (weekend.contains(next.getDayOfWeek())
				|| (country != null && holidayOn(HolidayRegion.of(country), next) != null)) {
			next = next.plusDays(1);
		}
		return new LocalDay(local, LocalDay.isNight(local), weekend.contains(today.getDayOfWeek()), holiday, next);
	}

	private @Nullable Holiday holidayOn(HolidayRegion region, LocalDate date) {
		if (date.getYear() < HolidaySource.FIRST_YEAR || date.getYear() > HolidaySource.LAST_YEAR) {
			return null;
		}
		try {
			for (Holiday holiday : this.holidays.holidays(region, date.getYear())) {
				if (holiday.date().equals(date)) {
					return holiday;
				}
			}
		}
		catch (dev.meridian.InvalidValueException ex) {
			// A country the holiday data does not cover: only its weekend is known.
		}
		return null;
	}

}
