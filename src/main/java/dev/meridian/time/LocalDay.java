package dev.meridian.time;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a day is like where a person is, at one instant: their wall-clock time, whether it
 * is night, a weekend day or a public holiday there, and the next day businesses open
 * there. Lets an agent see that a customer writing at 03:00 on a holiday will not read
 * the answer before Monday.
 *
 * @param holiday today's public holiday there, or null
 * @param nextBusinessDay the first day after today that is neither a weekend day nor a
 * public holiday there
 */
public record LocalDay(ZonedDateTime localTime, boolean night, boolean weekend, @Nullable Holiday holiday,
		LocalDate nextBusinessDay) {

	/** Night is 22:00 to 07:00: the hours a person is not expected to answer. */
	static boolean isNight(ZonedDateTime time) {
		return time.getHour() >= 22 || time.getHour() < 7;
	}

	/** True on a weekend day or a public holiday. */
	public boolean dayOff() {
		return this.weekend || this.holiday != null;
	}

}
