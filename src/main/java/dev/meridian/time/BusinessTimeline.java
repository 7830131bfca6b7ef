package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * One walk over a calendar's open time, day by day in local dates. Each open interval
 * becomes the ranges of instants (in epoch seconds) whose wall-clock time lies inside it:
 * one range while the offset stays the same, up to one per offset period around a clock
 * change. Days without holidays, closures, openings or clock changes count their weekly
 * minutes without building ranges, and weeks of such days are skipped whole. Not
 * thread-safe: one instance per call.
 */
final class BusinessTimeline {

	private static final long SECONDS_PER_DAY = 86_400;

	/** No zone's offset is larger; a margin so a clean period really covers a range. */
	private static final long MAX_OFFSET = 18 * 3600;

	/** Days without open time after which the arithmetic gives up. */
	private static final long HORIZON_DAYS = BusinessCalendar.HORIZON_YEARS * 366L;

	private final BusinessCalendar calendar;

	private final ZoneRules rules;

	private final long weekSeconds;

	/** Open seconds of each weekday (Monday first) without holidays or clock changes. */
	private final long[] daySeconds = new long[7];

	/** A period [cleanFrom, cleanUntil) of instants with one offset. */
	private long cleanFrom = Long.MAX_VALUE;

	private long cleanUntil = Long.MIN_VALUE;

	private long cleanOffset;

	/** Ranges of one day: start, end, start, end... */
	private long[] ranges = new long[16];

	private int rangeCount;

	BusinessTimeline(BusinessCalendar calendar) {
		this.calendar = calendar;
		this.rules = calendar.zone().getRules();
		this.weekSeconds = calendar.schedule().weeklyMinutes() * 60;
		for (OpenInterval interval : calendar.schedule().intervals()) {
			this.daySeconds[interval.day().getValue() - 1] += interval.minutes() * 60L;
		}
	}

	Instant add(Instant start, long seconds) {
		if (seconds == 0) {
			return start;
		}
		long cursor = start.getEpochSecond();
		long remaining = seconds;
		long first = localDate(cursor).toEpochDay() - 1;
		long lastProgress = first;
		long nextSpecial = this.calendar.nextSpecialEpochDay(first);
		for (long day = first;; day++) {
			if (day - lastProgress > HORIZON_DAYS) {
				throw new NeverOpenException(start, BusinessCalendar.HORIZON_YEARS);
			}
			if (day > nextSpecial) {
				nextSpecial = this.calendar.nextSpecialEpochDay(day);
			}
			// From the third day on, every range lies after the start; a day without a
			// holiday, closure or opening holds its weekly minutes.
			if (day > first + 1 && day < nextSpecial) {
				if (remaining > this.weekSeconds && day + 6 < nextSpecial && isOffsetCleanWeek(day)) {
					remaining -= this.weekSeconds;
					lastProgress = this.weekSeconds > 0 ? day + 6 : lastProgress;
					day += 6;
					continue;
				}
				long daySeconds = this.daySeconds[dayOfWeek(day)];
				if (remaining > daySeconds
						&& isClean(day * SECONDS_PER_DAY - MAX_OFFSET, (day + 2) * SECONDS_PER_DAY + MAX_OFFSET)) {
					remaining -= daySeconds;
					lastProgress = daySeconds > 0 ? day : lastProgress;
					continue;
				}
			}
			dayRanges(LocalDate.ofEpochDay(day));
			for (int i = 0; i < this.rangeCount; i += 2) {
				long from = Math.max(this.ranges[i], cursor);
				long to = this.ranges[i + 1];
				if (from >= to) {
					continue;
				}
				lastProgress = day;
				if (to - from >= remaining) {
					return Instant.ofEpochSecond(from + remaining);
				}
				remaining -= to - from;
				cursor = to;
			}
		}
	}

	/** Monday is 0; the epoch day 0 was a Thursday. */
	private static int dayOfWeek(long epochDay) {
		return (int) Math.floorMod(epochDay + 3, 7L);
	}

	long secondsBetween(Instant from, Instant to) {
		long start = from.getEpochSecond();
		long end = to.getEpochSecond();
		long total = 0;
		LocalDate first = localDate(start).minusDays(1);
		LocalDate last = localDate(end).plusDays(1);
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.isAfter(first.plusDays(1)) && day.plusDays(8).isBefore(last) && isCleanWeek(day)) {
				total += this.weekSeconds;
				day = day.plusDays(6);
				continue;
			}
			dayRanges(day);
			for (int i = 0; i < this.rangeCount; i += 2) {
				long a = Math.max(this.ranges[i], start);
				long b = Math.min(this.ranges[i + 1], end);
				if (a < b) {
					total += b - a;
				}
			}
		}
		return total;
	}

	Instant nextOpening(Instant at) {
		long cursor = at.getEpochSecond();
		LocalDate first = localDate(cursor).minusDays(1);
		LocalDate horizon = first.plusYears(BusinessCalendar.HORIZON_YEARS);
		for (LocalDate day = first; !day.isAfter(horizon); day = day.plusDays(1)) {
			if (day.isAfter(first.plusDays(1)) && this.weekSeconds == 0 && isCleanWeek(day)) {
				day = day.plusDays(6);
				continue;
			}
			dayRanges(day);
			for (int i = 0; i < this.rangeCount; i += 2) {
				if (this.ranges[i + 1] > cursor) {
					return this.ranges[i] > cursor ? Instant.ofEpochSecond(this.ranges[i]) : at;
				}
			}
		}
		throw new NeverOpenException(at, BusinessCalendar.HORIZON_YEARS);
	}

	/**
	 * A week from {@code day} is clean when its seven dates follow the weekly schedule
	 * and one offset holds from a day before it to a day after it (intervals that run
	 * past midnight included).
	 */
	private boolean isCleanWeek(LocalDate day) {
		return isOffsetCleanWeek(day.toEpochDay()) && !this.calendar.hasSpecialDateBetween(day, day.plusDays(6));
	}

	private boolean isOffsetCleanWeek(long epochDay) {
		return isClean(epochDay * SECONDS_PER_DAY - SECONDS_PER_DAY - MAX_OFFSET,
				epochDay * SECONDS_PER_DAY + 9 * SECONDS_PER_DAY + MAX_OFFSET);
	}

	private void dayRanges(LocalDate day) {
		this.rangeCount = 0;
		long midnight = day.toEpochDay() * SECONDS_PER_DAY;
		boolean sorted = true;
		for (OpenInterval interval : this.calendar.intervalsStartingOn(day)) {
			long a = midnight + interval.startMinute() * 60L;
			long b = a + interval.minutes() * 60L;
			if (isClean(a - MAX_OFFSET, b + MAX_OFFSET)) {
				addRange(a - this.cleanOffset, b - this.cleanOffset);
			}
			else {
				addRangesAroundClockChange(a, b);
				sorted = false;
			}
		}
		if (!sorted) {
			sortRanges();
		}
	}

	/**
	 * The instants whose wall-clock time (local seconds) is in [a, b): per offset period
	 * that meets the range, the part of it that the period shows.
	 */
	private void addRangesAroundClockChange(long a, long b) {
		long periodStart = a - MAX_OFFSET;
		long end = b + MAX_OFFSET;
		Instant at = Instant.ofEpochSecond(periodStart);
		long offset = this.rules.getOffset(at).getTotalSeconds();
		while (periodStart < end) {
			ZoneOffsetTransition next = this.rules.nextTransition(Instant.ofEpochSecond(periodStart));
			long periodEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond();
			long from = Math.max(periodStart, a - offset);
			long to = Math.min(periodEnd, b - offset);
			if (from < to) {
				addRange(from, to);
			}
			if (next == null) {
				break;
			}
			periodStart = periodEnd;
			offset = next.getOffsetAfter().getTotalSeconds();
		}
	}

	/** Whether one offset holds over [lo, hi), refreshing the known period if needed. */
	private boolean isClean(long lo, long hi) {
		if (lo >= this.cleanFrom && hi <= this.cleanUntil) {
			return true;
		}
		BusinessCalendar.OffsetPeriod period = this.calendar.lastOffsetPeriod();
		if (period == null || lo < period.from() || lo >= period.until()) {
			period = offsetPeriodAt(lo);
			this.calendar.rememberOffsetPeriod(period);
		}
		this.cleanFrom = period.from();
		this.cleanUntil = period.until();
		this.cleanOffset = period.offset();
		return hi <= this.cleanUntil;
	}

	private BusinessCalendar.OffsetPeriod offsetPeriodAt(long epochSecond) {
		if (this.rules.isFixedOffset()) {
			return new BusinessCalendar.OffsetPeriod(Long.MIN_VALUE, Long.MAX_VALUE,
					this.rules.getOffset(Instant.EPOCH).getTotalSeconds());
		}
		Instant at = Instant.ofEpochSecond(epochSecond);
		// The last transition at or before the instant, and the first after it.
		ZoneOffsetTransition previous = this.rules.previousTransition(Instant.ofEpochSecond(epochSecond + 1));
		ZoneOffsetTransition next = this.rules.nextTransition(at);
		return new BusinessCalendar.OffsetPeriod(previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
				next == null ? Long.MAX_VALUE : next.toEpochSecond(), this.rules.getOffset(at).getTotalSeconds());
	}

	private void addRange(long from, long to) {
		if (this.rangeCount == this.ranges.length) {
			this.ranges = Arrays.copyOf(this.ranges, this.ranges.length * 2);
		}
		this.ranges[this.rangeCount++] = from;
		this.ranges[this.rangeCount++] = to;
	}

	/** Insertion sort by start: a day has a handful of ranges. */
	private void sortRanges() {
		for (int i = 2; i < this.rangeCount; i += 2) {
			long from = this.ranges[i];
			long to = this.ranges[i + 1];
			int j = i - 2;
			while (j >= 0 && this.ranges[j] > from) {
				this.ranges[j + 2] = this.ranges[j];
				this.ranges[j + 3] = this.ranges[j + 1];
				j -= 2;
			}
			this.ranges[j + 2] = from;
			this.ranges[j + 3] = to;
		}
	}

	private LocalDate localDate(long epochSecond) {
		ZoneOffset offset = this.rules.getOffset(Instant.ofEpochSecond(epochSecond));
		return LocalDateTime.ofEpochSecond(epochSecond, 0, offset).toLocalDate();
	}

}
