package dev.meridian.agents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.OpenInterval;

/**
 * One agent's working time as instants: their weekly shifts on their own wall clock,
 * minus the dates their calendar is closed (public holidays of their region, days off),
 * minus exact spans of time off. The calendar decides which dates are closed, so a shift
 * crossing midnight belongs to the day it starts, as in every business calendar.
 */
final class ShiftPlan {

	private final BusinessCalendar calendar;

	private final List<WorkPeriod> spansOff;

	ShiftPlan(BusinessCalendar calendar, List<WorkPeriod> spansOff) {
		this.calendar = calendar;
		this.spansOff = spansOff.stream().sorted(Comparator.comparing(WorkPeriod::start)).toList();
	}

	/**
	 * The working periods that overlap [from, to), whole (a period that began before
	 * {@code from} keeps its true start), sorted, touching ones merged.
	 */
	List<WorkPeriod> periods(Instant from, Instant to) {
		ZoneId zone = this.calendar.zone();
		LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(zone).toLocalDate();
		List<WorkPeriod> shifts = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			if (this.calendar.isClosedOn(date)) {
				continue;
			}
			for (OpenInterval interval : this.calendar.schedule().intervals()) {
				if (interval.day() != date.getDayOfWeek()) {
					continue;
				}
				// ZonedDateTime.of moves a wall time in a spring-forward gap to after it.
				Instant start = ZonedDateTime.of(date, interval.start(), zone).toInstant();
				LocalDate endDate = interval.end().isAfter(interval.start()) ? date : date.plusDays(1);
				Instant end = ZonedDateTime.of(endDate, interval.end(), zone).toInstant();
				if (end.isAfter(from) && start.isBefore(to) && end.isAfter(start)) {
					shifts.add(new WorkPeriod(start, end));
				}
			}
		}
		shifts.sort(Comparator.comparing(WorkPeriod::start));
		return withoutSpansOff(merged(shifts));
	}

	boolean isWorkingAt(Instant at) {
		return periods(at, at.plusSeconds(1)).stream().anyMatch(period -> period.contains(at));
	}

	private static List<WorkPeriod> merged(List<WorkPeriod> sorted) {
		List<WorkPeriod> merged = new ArrayList<>();
		for (WorkPeriod period : sorted) {
			WorkPeriod previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && !period.start().isAfter(previous.end())) {
				Instant end = period.end().isAfter(previous.end()) ? period.end() : previous.end();
				merged.set(merged.size() - 1, new WorkPeriod(previous.start(), end));
			}
			else {
				merged.add(period);
			}
		}
		return merged;
	}

	private List<WorkPeriod> withoutSpansOff(List<WorkPeriod> periods) {
		List<WorkPeriod> result = periods;
		for (WorkPeriod off : this.spansOff) {
			List<WorkPeriod> next = new ArrayList<>();
			for (WorkPeriod period : result) {
				if (!off.start().isBefore(period.end()) || !off.end().isAfter(period.start())) {
					next.add(period);
					continue;
				}
				if (period.start().isBefore(off.start())) {
					next.add(new WorkPeriod(period.start(), off.start()));
				}
				if (off.end().isBefore(period.end())) {
					next.add(new WorkPeriod(off.end(), period.end()));
				}
			}
			result = next;
		}
		return result;
	}

}
