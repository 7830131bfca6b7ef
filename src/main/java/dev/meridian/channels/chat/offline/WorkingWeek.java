package dev.meridian.channels.chat.offline;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.knowledge.ContactHours;
import dev.meridian.routing.CoverageWeek;

/**
 * A week of hourly coverage told as a few spans ("Monday–Friday 09:00–17:00"): each day's
 * hours with anyone on shift, days with the same hours run together. Hours count as
 * worked when anyone is on shift for part of them, so an hour a shift starts in is in. A
 * span that runs to the end of the day ends at midnight ({@link LocalTime#MIDNIGHT}).
 */
final class WorkingWeek {

	private WorkingWeek() {
	}

	/** A day's stretches of hours someone works in. */
	private record Stretch(int from, int to) {
	}

	static List<ContactHours.Span> summarize(List<List<CoverageWeek.Hour>> days) {
		List<ContactHours.Span> spans = new ArrayList<>();
		DayOfWeek first = null;
		List<Stretch> runHours = List.of();
		for (int day = 0; day < days.size() && day < 7; day++) {
			List<Stretch> hours = stretches(days.get(day));
			if (first != null && hours.equals(runHours)) {
				continue;
			}
			if (first != null) {
				add(spans, first, DayOfWeek.of(day), runHours);
			}
			first = hours.isEmpty() ? null : DayOfWeek.of(day + 1);
			runHours = hours;
		}
		if (first != null) {
			add(spans, first, DayOfWeek.of(Math.min(days.size(), 7)), runHours);
		}
		return spans;
	}

	private static void add(List<ContactHours.Span> spans, DayOfWeek first, DayOfWeek last, List<Stretch> hours) {
		for (Stretch stretch : hours) {
			spans.add(new ContactHours.Span(first, last, LocalTime.of(stretch.from(), 0),
					stretch.to() == 24 ? LocalTime.MIDNIGHT : LocalTime.of(stretch.to(), 0)));
		}
	}

	private static List<Stretch> stretches(List<CoverageWeek.Hour> day) {
		List<Stretch> stretches = new ArrayList<>();
		int start = -1;
		for (int hour = 0; hour <= day.size(); hour++) {
			boolean worked = hour < day.size() && day.get(hour) != CoverageWeek.Hour.UNCOVERED;
			if (worked && start < 0) {
				start = hour;
			}
			else if (!worked && start >= 0) {
				stretches.add(new Stretch(start, hour));
				start = -1;
			}
		}
		return stretches;
	}

}
