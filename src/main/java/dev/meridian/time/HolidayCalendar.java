package dev.meridian.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public holidays a calendar closes on, one year at a time.
 */
public interface HolidayCalendar {

	/** No holidays. */
	HolidayCalendar NONE = year -> Collections.emptyNavigableSet();

	/** The holiday dates of a year. */
	NavigableSet<LocalDate> datesIn(int year);

	/**
	 * The public holidays of a region, read from the source once per year and kept.
	 */
	static HolidayCalendar of(HolidaySource source, HolidayRegion region) {
		source.validate(region);
		ConcurrentMap<Integer, NavigableSet<LocalDate>> years = new ConcurrentHashMap<>();
		return year -> years.computeIfAbsent(year, (y) -> {
			NavigableSet<LocalDate> dates = new TreeSet<>();
			if (y >= HolidaySource.FIRST_YEAR && y <= HolidaySource.LAST_YEAR) {
				source.holidays(region, y).forEach((holiday) -> dates.add(holiday.date()));
			}
			return Collections.unmodifiableNavigableSet(dates);
		});
	}

	/** Fixed dates, for tests and for calendars without a country. */
	static HolidayCalendar ofDates(Collection<LocalDate> dates) {
		NavigableSet<LocalDate> all = new TreeSet<>(dates);
		return year -> Collections
			.unmodifiableNavigableSet(all.subSet(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
	}

}
