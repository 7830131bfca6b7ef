package dev.meridian.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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

}
