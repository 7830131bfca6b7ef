package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.meridian.markets.CountryCode;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The time module's facade: public holidays by region and year, and business calendars
 * built on them.
 */
@Service
public class CalendarManagement {

	private final HolidaySource holidays;

	public CalendarManagement(HolidaySource holidays) {
		this.holidays = holidays;
	}

	/**
	 * The days off the calendars use for a region and year, sorted by date.
	 * @throws dev.meridian.InvalidValueException for an unknown country or subdivision or
	 * a year out of range
	 */
	public List<Holiday> holidays(HolidayRegion region, int year) {
		return this.holidays.holidays(region, year);
	}

	/**
	 * A calendar on a weekly schedule, closed on the public holidays of a region (none
	 * when {@code region} is null) and on the closures, open at the one-off openings.
	 */
	public BusinessCalendar calendar(BusinessSchedule schedule, @Nullable HolidayRegion region,
			Collection<LocalDate> closures, Collection<OneOffOpening> openings) {
		HolidayCalendar publicHolidays = region == null ? HolidayCalendar.NONE
				: HolidayCalendar.of(this.holidays, region);
		return BusinessCalendar.of(schedule, publicHolidays, closures, openings);
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
