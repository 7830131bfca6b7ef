package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar: a weekly schedule, the public holidays it closes on, its own
 * closures (dates closed) and one-off openings, and the arithmetic of business time on
 * them.
 *
 * <p>
 * <b>What counts as business time.</b> An instant is business time when the wall clock of
 * the schedule's zone reads, at that instant, a time inside an open interval of that date
 * (or inside the after-midnight part of the previous date's interval). Business time is
 * the real time elapsed during such instants. So when clocks go forward, the wall-clock
 * minutes that do not exist are no business minutes (an 8-hour day that contains the jump
 * has 7 hours); when clocks go back, the repeated wall-clock hour counts twice (it is
 * real time in which the business is open). Holidays, closures and openings apply to the
 * date an interval starts on.
 *
 * <p>
 * The arithmetic walks day by day in local dates and skips whole weeks with no holiday,
 * closure, opening or clock change; it never steps minute by minute. A calendar without
 * open time for {@link #HORIZON_YEARS} years makes it fail with
 * {@link NeverOpenException} rather than loop.
 *
 * <p>
 * Instances are immutable and safe to share between threads.
 */
public final class BusinessCalendar {

	/** How long the arithmetic searches for open time before it gives up. */
	public static final int HORIZON_YEARS = 3;

	static final OpenInterval[] CLOSED = new OpenInterval[0];

	private final BusinessSchedule schedule;

	private final HolidayCalendar holidays;

	private final NavigableSet<LocalDate> closures;

	private final NavigableMap<LocalDate, OpenInterval[]> openings;

	private final OpenInterval[][] weekly = new OpenInterval[7][];

	private final Map<Integer, NavigableSet<LocalDate>> specialDates = new ConcurrentHashMap<>();

	/**
	 * The zone's offset period last used: most calls fall into the same one, and finding
	 * it costs more than the rest of a short calculation.
	 */
	private volatile @Nullable OffsetPeriod lastOffsetPeriod;

	private BusinessCalendar(BusinessSchedule schedule, HolidayCalendar holidays, Collection<LocalDate> closures,
			Collection<OneOffOpening> openings) {
		this.schedule = schedule;
		this.holidays = holidays;
		this.closures = Collections.unmodifiableNavigableSet(new TreeSet<>(closures));
		for (DayOfWeek day : DayOfWeek.values()) {
			this.weekly[day.getValue() - 1] = schedule.intervals()
				.stream()
				.filter((interval) -> interval.day() == day)
				.toArray(OpenInterval[]::new);
		}
		this.openings = Collections.unmodifiableNavigableMap(byDate(openings));
	}

	/** A calendar open by its weekly schedule, closed on the given holidays. */
	public static BusinessCalendar of(BusinessSchedule schedule, HolidayCalendar holidays) {
		return new BusinessCalendar(schedule, holidays, List.of(), List.of());
	}

	/**
	 * A calendar with closures and one-off openings too.
	 * @throws InvalidValueException (field {@code openings}) when openings on one date
	 * overlap each other or the previous day's interval that runs past midnight
	 */
	public static BusinessCalendar of(BusinessSchedule schedule, HolidayCalendar holidays,
			Collection<LocalDate> closures, Collection<OneOffOpening> openings) {
		return new BusinessCalendar(schedule, holidays, closures, openings);
	}

	private NavigableMap<LocalDate, OpenInterval[]> byDate(Collection<OneOffOpening> openings) {
		NavigableMap<LocalDate, List<OpenInterval>> byDate = new TreeMap<>();
		for (OneOffOpening opening : openings) {
			byDate.computeIfAbsent(opening.date(), (date) -> new ArrayList<>()).add(opening.asInterval());
		}
		NavigableMap<LocalDate, OpenInterval[]> result = new TreeMap<>();
		byDate.forEach((date, intervals) -> {
			List<OpenInterval> withSpill = new ArrayList<>(intervals);
			for (OpenInterval previous : this.weekly[date.getDayOfWeek().minus(1).getValue() - 1]) {
				if (previous.crossesMidnight()) {
					withSpill.add(previous);
				}
			}
			try {
				// The schedule's own overlap rule, applied to the date's openings and the
				// previous day's spill-over.
				new BusinessSchedule(this.schedule.zone(), withSpill);
			}
			catch (InvalidValueException ex) {
				throw new InvalidValueException("openings", "The openings on " + date + " overlap each other "
						+ "or the previous day's hours that run past midnight");
			}
			result.put(date,
					intervals.stream()
						.sorted(java.util.Comparator.comparingInt(OpenInterval::startMinute))
						.toArray(OpenInterval[]::new));
		});
		return result;
	}

	public BusinessSchedule schedule() {
		return this.schedule;
	}

	public ZoneId zone() {
		return this.schedule.zone();
	}

	public HolidayCalendar holidays() {
		return this.holidays;
	}

	public NavigableSet<LocalDate> closures() {
		return this.closures;
	}

	/** The one-off openings by date. */
	public NavigableMap<LocalDate, List<OpenInterval>> openings() {
		NavigableMap<LocalDate, List<OpenInterval>> copy = new TreeMap<>();
		this.openings.forEach((date, intervals) -> copy.put(date, List.of(intervals)));
		return copy;
	}

	/** True when the calendar's weekly schedule has no open time at all. */
	public boolean isNeverOpen() {
		return this.schedule.isNeverOpen() && this.openings.isEmpty();
	}

	/**
	 * The instant that lies {@code minutes} business minutes after {@code start}. Zero
	 * minutes give {@code start} itself, even outside business hours. The arithmetic
	 * counts whole seconds: a fraction of a second in {@code start} is dropped. A result
	 * that lands exactly on a closing time is that closing time.
	 * @throws IllegalArgumentException for negative minutes
	 * @throws NeverOpenException when the calendar has no open time for
	 * {@link #HORIZON_YEARS} years on the way
	 */
	public Instant addBusinessMinutes(Instant start, long minutes) {
		if (minutes < 0) {
			throw new IllegalArgumentException("Business minutes to add cannot be negative: " + minutes);
		}
		return new BusinessTimeline(this).add(start, Math.multiplyExact(minutes, 60L));
	}

	/**
	 * Whole business minutes from {@code from} to {@code to}; negative when {@code to} is
	 * before {@code from}.
	 */
	public long businessMinutesBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return -businessMinutesBetween(to, from);
		}
		return new BusinessTimeline(this).secondsBetween(from, to) / 60;
	}

	/**
	 * The first business instant at or after {@code at}: {@code at} itself when the
	 * calendar is open then.
	 * @throws NeverOpenException when there is none within {@link #HORIZON_YEARS} years
	 */
	public Instant nextOpening(Instant at) {
		return new BusinessTimeline(this).nextOpening(at);
	}

	/** Whether {@code at} is business time (see the class description). */
	public boolean isOpenAt(Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, zone());
		int minuteOfDay = local.getHour() * 60 + local.getMinute();
		LocalDate date = local.toLocalDate();
		for (OpenInterval interval : intervalsStartingOn(date)) {
			int into = minuteOfDay - interval.startMinute();
			if (into >= 0 && into < interval.minutes()) {
				return true;
			}
		}
		for (OpenInterval interval : intervalsStartingOn(date.minusDays(1))) {
			if (minuteOfDay + OpenInterval.MINUTES_PER_DAY - interval.startMinute() < interval.minutes()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the date is a holiday or a closure (openings aside). */
	public boolean isClosedOn(LocalDate date) {
		return this.closures.contains(date) || this.holidays.datesIn(date.getYear()).contains(date);
	}

	/** The intervals that start on the date, after holidays, closures and openings. */
	OpenInterval[] intervalsStartingOn(LocalDate date) {
		OpenInterval[] opening = this.openings.get(date);
		if (opening != null) {
			return opening;
		}
		if (isClosedOn(date)) {
			return CLOSED;
		}
		return this.weekly[date.getDayOfWeek().getValue() - 1];
	}

	OpenInterval[] weeklyIntervals(DayOfWeek day) {
		return this.weekly[day.getValue() - 1];
	}

	/**
	 * Whether a holiday, closure or opening falls between the two dates (inclusive): only
	 * weeks without one can be skipped whole.
	 */
	boolean hasSpecialDateBetween(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			LocalDate next = specialDatesIn(year).ceiling(from);
			if (next != null) {
				return !next.isAfter(to);
			}
		}
		return false;
	}

	/**
	 * The epoch day of the first holiday, closure or opening on or after the given one,
	 * or, when the next two years have none, the first day after them: a day the caller
	 * must treat as special (the slow way is right for any day) before asking again.
	 */
	long nextSpecialEpochDay(long epochDay) {
		LocalDate from = LocalDate.ofEpochDay(epochDay);
		for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
			LocalDate next = specialDatesIn(year).ceiling(from);
			if (next != null) {
				return next.toEpochDay();
			}
		}
		return LocalDate.of(from.getYear() + 2, 1, 1).toEpochDay();
	}

	private NavigableSet<LocalDate> specialDatesIn(int year) {
		return this.specialDates.computeIfAbsent(year, (y) -> {
			LocalDate first = LocalDate.of(y, 1, 1);
			LocalDate last = LocalDate.of(y, 12, 31);
			NavigableSet<LocalDate> dates = new TreeSet<>(this.holidays.datesIn(y));
			dates.addAll(this.closures.subSet(first, true, last, true));
			dates.addAll(this.openings.subMap(first, true, last, true).keySet());
			return Collections.unmodifiableNavigableSet(dates);
		});
	}

	@Nullable OffsetPeriod lastOffsetPeriod() {
		return this.lastOffsetPeriod;
	}

	void rememberOffsetPeriod(OffsetPeriod period) {
		this.lastOffsetPeriod = period;
	}

	/** Instants [from, until) in epoch seconds with one offset from UTC, in seconds. */
	record OffsetPeriod(long from, long until, long offset) {
	}

	@Override
	public String toString() {
		return "BusinessCalendar" + this.schedule.intervals() + " in " + zone();
	}

}
