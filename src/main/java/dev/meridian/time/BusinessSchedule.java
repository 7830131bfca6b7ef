package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.ibm.icu.util.Calendar;
import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;

/**
 * When a business is open in a normal week: open intervals in wall-clock time of an IANA
 * zone. Several intervals a day and intervals past midnight are fine; overlapping ones
 * are rejected, since it would be unclear whether their common time counts once or twice.
 * A schedule with no open time at all is allowed (see {@link #isNeverOpen()}).
 *
 * @param zone the zone whose wall clock the intervals follow
 * @param intervals the open intervals, in any order
 */
public record BusinessSchedule(ZoneId zone, List<OpenInterval> intervals) {

	/** The field that names the intervals in requests, used in error messages. */
	public static final String INTERVALS_FIELD = "weekly";

	public BusinessSchedule {
		Objects.requireNonNull(zone, "zone");
		intervals = intervals.stream().sorted(Comparator.comparingInt(OpenInterval::startMinuteOfWeek)).toList();
		rejectOverlaps(intervals);
	}

	/**
	 * The usual office week of a region: {@code open}–{@code close} on every day that is
	 * not a weekend day there, taking the weekend from CLDR (Saturday–Sunday in most
	 * countries, Friday–Saturday in Saudi Arabia, Sunday alone in India).
	 */
	public static BusinessSchedule businessDays(ZoneId zone, CountryCode region, LocalTime open, LocalTime close) {
		Set<DayOfWeek> weekend = weekendOf(region);
		List<OpenInterval> intervals = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!weekend.contains(day)) {
				intervals.add(new OpenInterval(day, open, close));
			}
		}
		return new BusinessSchedule(zone, intervals);
	}

	/** The weekend days of a region according to CLDR. */
	public static Set<DayOfWeek> weekendOf(CountryCode region) {
		Calendar.WeekData week = Calendar.getWeekDataForRegion(region.value());
		Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
		DayOfWeek day = fromIcu(week.weekendOnset);
		DayOfWeek last = fromIcu(week.weekendCease);
		weekend.add(day);
		while (day != last) {
			day = day.plus(1);
			weekend.add(day);
		}
		return weekend;
	}

	/** ICU numbers the days from Sunday = 1 to Saturday = 7. */
	private static DayOfWeek fromIcu(int day) {
		return DayOfWeek.SUNDAY.plus(day - 1);
	}

	/** True when no interval is open in the week. */
	public boolean isNeverOpen() {
		return this.intervals.isEmpty();
	}

	/** Wall-clock open minutes in a week without holidays or clock changes. */
	public long weeklyMinutes() {
		return this.intervals.stream().mapToLong(OpenInterval::minutes).sum();
	}

	private static void rejectOverlaps(List<OpenInterval> sorted) {
		for (int i = 0; i < sorted.size(); i++) {
			OpenInterval current = sorted.get(i);
			OpenInterval next = sorted.get((i + 1) % sorted.size());
			if (current.minutes() >= OpenInterval.MINUTES_PER_WEEK) {
				continue;
			}
			int end = current.startMinuteOfWeek() + current.minutes();
			int nextStart = next.startMinuteOfWeek();
			if (i + 1 == sorted.size()) {
				// The week is a circle: Sunday's late interval may run into Monday's.
				nextStart += OpenInterval.MINUTES_PER_WEEK;
			}
			if (sorted.size() > 1 && end > nextStart) {
				throw new InvalidValueException(INTERVALS_FIELD,
						"The open intervals " + current + " and " + next + " overlap");
			}
		}
	}

}
