package dev.meridian.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rollup rows cover a span of time: whole UTC months from month rows, whole UTC
 * days from day rows, the hours at either edge from hour rows. A viewer's day starts at
 * local midnight; in a zone whose offset is not whole hours (India, Nepal) it is counted
 * from the start of the UTC hour that midnight falls in.
 */
record Segments(List<Segment> segments) {

	record Segment(String grain, Instant from, Instant to) {
	}

	/** The viewer's days {@code from} to {@code to}, both included. */
	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant().truncatedTo(ChronoUnit.HOURS);
	}

	static Segments between(Instant startAt, Instant endAt) {
		Instant start = startAt.truncatedTo(ChronoUnit.HOURS);
		Instant end = endAt.truncatedTo(ChronoUnit.HOURS);
		List<Segment> out = new ArrayList<>();
		Instant dayStart = ceilDay(start);
		Instant dayEnd = end.truncatedTo(ChronoUnit.DAYS);
		if (!dayStart.isBefore(dayEnd)) {
			add(out, "h", start, end);
			return new Segments(out);
		}
		add(out, "h", start, dayStart);
		add(out, "h", dayEnd, end);
		Instant monthStart = ceilMonth(dayStart);
		Instant monthEnd = floorMonth(dayEnd);
		if (monthStart.isBefore(monthEnd)) {
			add(out, "d", dayStart, monthStart);
			add(out, "d", monthEnd, dayEnd);
			add(out, "m", monthStart, monthEnd);
		}
		else {
			add(out, "d", dayStart, dayEnd);
		}
		return new Segments(out);
	}

	private static void add(List<Segment> out, String grain, Instant from, Instant to) {
		if (from.isBefore(to)) {
			out.add(new Segment(grain, from, to));
		}
	}

	private static Instant ceilDay(Instant at) {
		Instant floor = at.truncatedTo(ChronoUnit.DAYS);
		return floor.equals(at) ? floor : floor.plus(1, ChronoUnit.DAYS);
	}

	private static Instant floorMonth(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static Instant ceilMonth(Instant at) {
		Instant floor = floorMonth(at);
		return floor.equals(at) ? floor : floor.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
	}

}
