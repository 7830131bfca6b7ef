package dev.meridian.time;

import java.util.List;

/**
 * Where public holidays come from.
 */
public interface HolidaySource {

	/** Years any source must answer for; outside them data is meaningless. */
	int FIRST_YEAR = 1970;

	/** See {@link #FIRST_YEAR}. */
	int LAST_YEAR = 2100;

	/**
	 * The days off of a year in a region, sorted by date.
	 * @throws dev.meridian.InvalidValueException for a country or subdivision the source
	 * does not know (field {@code country} or {@code subdivision}) or a year outside
	 * {@link #FIRST_YEAR}–{@link #LAST_YEAR} (field {@code year})
	 */
	List<Holiday> holidays(HolidayRegion region, int year);

	/**
	 * Checks that the region is known, so a calendar fails when it is defined rather than
	 * when it is first used.
	 */
	void validate(HolidayRegion region);

}
