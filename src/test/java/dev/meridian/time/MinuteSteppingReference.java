package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The obviously right way to count business time, for comparing with the fast one: look
 * at every minute and ask whether the wall clock then reads an open time. Written from
 * the definition in {@link BusinessCalendar}'s description, without its code.
 */
final class MinuteSteppingReference {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final BusinessCalendar calendar;

	private final Map<LocalDate, List<OpenInterval>> openings;

	private final Map<DayOfWeek, List<OpenInterval>> weekly = new EnumMap<>(DayOfWeek.class);

	MinuteSteppingReference(BusinessCalendar calendar) {
		this.calendar = calendar;
		// Read once: the calendar hands out copies, and stepping asks millions of times.
		this.openings = calendar.openings();
		for (DayOfWeek day : DayOfWeek.values()) {
			this.weekly.put(day,
					calendar.schedule().intervals().stream().filter((interval) -> interval.day() == day).toList());
		}
	}

	Instant addBusinessMinutes(Instant start, long minutes) {
		Instant at = start;
		long counted = 0;
		while (counted < minutes) {
			if (isOpen(at)) {
				counted++;
			}
			at = at.plus(MINUTE);
		}
		return at;
	}

	long businessMinutesBetween(Instant from, Instant to) {
		long counted = 0;
		for (Instant at = from; at.isBefore(to); at = at.plus(MINUTE)) {
			if (isOpen(at)) {
				counted++;
			}
		}
		return counted;
	}

	Instant nextOpening(Instant from, Duration within) {
		for (Instant at = from; at.isBefore(from.plus(within)); at = at.plus(MINUTE)) {
			if (isOpen(at)) {
				return at;
			}
		}
		throw new AssertionError("no opening within " + within);
	}

	/** Whether the minute starting at {@code at} is open. */
	boolean isOpen(Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, this.calendar.zone());
		LocalDate today = local.toLocalDate();
		long minuteOfDay = local.getHour() * 60L + local.getMinute();
		for (OpenInterval interval : intervalsOf(today)) {
			long start = interval.start().getHour() * 60L + interval.start().getMinute();
			if (minuteOfDay >= start && minuteOfDay < start + interval.minutes()) {
				return true;
			}
		}
		for (OpenInterval interval : intervalsOf(today.minusDays(1))) {
			long start = interval.start().getHour() * 60L + interval.start().getMinute();
			if (minuteOfDay + 24 * 60 < start + interval.minutes()) {
				return true;
			}
		}
		return false;
	}

	private List<OpenInterval> intervalsOf(LocalDate date) {
		List<OpenInterval> opening = this.openings.get(date);
		if (opening != null) {
			return opening;
		}
		if (this.calendar.closures().contains(date)
				|| this.calendar.holidays().datesIn(date.getYear()).contains(date)) {
			return List.of();
		}
		return this.weekly.get(date.getDayOfWeek());
	}

}
