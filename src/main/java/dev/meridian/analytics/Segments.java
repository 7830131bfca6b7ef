package dev.meridian.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rollup rows cover a span of time, each added or subtracted: month, day and hour
 * rows (UTC) add up, so a span is its end's prefix minus its start's, and each end is
 * reached from a month boundary with days and then hours, counted forwards or backwards,
 * whichever reads fewer rows. A Berlin year (23:00 UTC to 23:00 UTC) is its first hour
 * and twelve months less the last hour: 14 buckets instead of 65. A viewer's day starts
 * at local midnight; in a zone whose offset is not whole hours (India, Nepal) it is
 * counted from the start of the UTC hour that midnight falls in.
 */
record Segments(List<Segment> segments) {

	/** The rows of one grain from {@code from} (included) to {@code to}, times sign. */
	record Segment(String grain, Instant from, Instant to, int sign) {

		Segment(String grain, Instant from, Instant to) {
			this(grain, from, to, 1);
		}

	}

	/** The viewer's days {@code from} to {@code to}, both included. */
	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant().truncatedTo(ChronoUnit.HOURS);
	}

	static Segments between(Instant startAt, Instant endAt) {
		Instant start = startAt.truncatedTo(ChronoUnit.HOURS);
		Instant end = endAt.truncatedTo(ChronoUnit.HOURS);
		if (!start.isBefore(end)) {
			return new Segments(List.of());
		}
		Segments best = null;
		for (Reach from : reaches(start)) {
			for (Reach to : reaches(end)) {
				List<Segment> parts = new ArrayList<>();
				signed(parts, "m", from.month(), to.month(), 1);
				to.add(parts, 1);
				from.add(parts, -1);
				Segments candidate = new Segments(netted(parts));
				if (best == null || candidate.buckets() < best.buckets()) {
					best = candidate;
				}
			}
		}
		return best;
	}

	/** How many buckets the segments read: the cost compared, rows per bucket alike. */
	long buckets() {
		long buckets = 0;
		for (Segment segment : this.segments) {
			buckets += switch (segment.grain()) {
				case "m" -> ChronoUnit.MONTHS.between(segment.from().atZone(ZoneOffset.UTC),
						segment.to().atZone(ZoneOffset.UTC));
				case "d" -> ChronoUnit.DAYS.between(segment.from(), segment.to());
				default -> ChronoUnit.HOURS.between(segment.from(), segment.to());
			};
		}
		return buckets;
	}

	/** A bound reached from a month boundary with days to a day boundary, then hours. */
	private record Reach(Instant at, Instant month, Instant day) {

		void add(List<Segment> out, int sign) {
			signed(out, "d", this.month, this.day, sign);
			signed(out, "h", this.day, this.at, sign);
		}

	}

	/**
	 * From the month boundary before or after, through the day boundary before or after.
	 */
	private static List<Reach> reaches(Instant at) {
		Instant floorDay = at.truncatedTo(ChronoUnit.DAYS);
		Instant ceilDay = floorDay.equals(at) ? floorDay : floorDay.plus(1, ChronoUnit.DAYS);
		Instant floorMonth = floorMonth(at);
		Instant ceilMonth = floorMonth.equals(at) ? floorMonth
				: floorMonth.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
		List<Reach> reaches = new ArrayList<>();
		for (Instant month : List.of(floorMonth, ceilMonth)) {
			for (Instant day : List.of(floorDay, ceilDay)) {
				reaches.add(new Reach(at, month, day));
			}
		}
		return reaches;
	}

	/**
	 * {@code sign} times the span from {@code a} to {@code b}, which may run backwards.
	 */
	private static void signed(List<Segment> out, String grain, Instant a, Instant b, int sign) {
		if (a.isBefore(b)) {
			out.add(new Segment(grain, a, b, sign));
		}
		else if (b.isBefore(a)) {
			out.add(new Segment(grain, b, a, -sign));
		}
	}

	/**
	 * The same sums with what cancels taken out: per grain, the spans where the signs
	 * added up are not zero, each with that sum.
	 */
	private static List<Segment> netted(List<Segment> parts) {
		List<Segment> out = new ArrayList<>();
		for (String grain : List.of("m", "d", "h")) {
			java.util.TreeMap<Instant, Integer> steps = new java.util.TreeMap<>();
			for (Segment part : parts) {
				if (part.grain().equals(grain)) {
					steps.merge(part.from(), part.sign(), Integer::sum);
					steps.merge(part.to(), -part.sign(), Integer::sum);
				}
			}
			int level = 0;
			Instant since = null;
			for (var step : steps.entrySet()) {
				if (since != null && level != 0 && since.isBefore(step.getKey())) {
					Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
					if (last != null && last.grain().equals(grain) && last.to().equals(since) && last.sign() == level) {
						out.set(out.size() - 1, new Segment(grain, last.from(), step.getKey(), level));
					}
					else {
						out.add(new Segment(grain, since, step.getKey(), level));
					}
				}
				level += step.getValue();
				since = step.getKey();
			}
		}
		return out;
	}

	private static Instant floorMonth(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
