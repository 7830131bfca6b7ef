package dev.meridian.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTests {

	@Test
	void aBerlinYearIsItsFirstHourAndTwelveMonthsLessTheLastHour() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Instant start = Segments.start(LocalDate.of(2025, 1, 1), berlin);
		Instant end = Segments.start(LocalDate.of(2026, 1, 1), berlin);
		Segments segments = Segments.between(start, end);
		assertThat(segments.buckets()).isEqualTo(14);
		assertThat(segments.segments()).containsExactlyInAnyOrder(
				new Segments.Segment("m", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
						1),
				new Segments.Segment("h", Instant.parse("2024-12-31T23:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"),
						1),
				new Segments.Segment("h", Instant.parse("2025-12-31T23:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
						-1));
		assertCovers(segments, start, end);
	}

	@Test
	void aFewHoursAreHours() {
		Instant start = Instant.parse("2026-03-05T10:00:00Z");
		Segments segments = Segments.between(start, start.plus(3, ChronoUnit.HOURS));
		assertThat(segments.segments())
			.containsExactly(new Segments.Segment("h", start, start.plus(3, ChronoUnit.HOURS), 1));
	}

	@Test
	void anEmptySpanReadsNothing() {
		Instant at = Instant.parse("2026-03-05T10:00:00Z");
		assertThat(Segments.between(at, at).segments()).isEmpty();
	}

	@Test
	void everySpanIsCoveredOnceAndNothingElse() {
		Random random = new Random(42);
		Instant origin = Instant.parse("2024-01-01T00:00:00Z");
		for (int i = 0; i < 2_000; i++) {
			Instant start = origin.plus(random.nextInt(24 * 500), ChronoUnit.HOURS);
			Instant end = start.plus(random.nextInt(24 * 400) + 1, ChronoUnit.HOURS);
			Segments segments = Segments.between(start, end);
			assertCovers(segments, start, end);
			// never more than reading it the plain way: hours, days, months, days, hours
			assertThat(segments.buckets()).isLessThanOrEqualTo(plainBuckets(start, end));
		}
	}

	/** Each hour from start to end counted once, every other hour not at all. */
	private static void assertCovers(Segments segments, Instant start, Instant end) {
		Map<Instant, Integer> hours = new HashMap<>();
		for (Segments.Segment segment : segments.segments()) {
			for (Instant hour = segment.from(); hour.isBefore(segment.to()); hour = hour.plus(1, ChronoUnit.HOURS)) {
				hours.merge(hour, segment.sign(), Integer::sum);
			}
			assertThat(aligned(segment)).as(segment.toString()).isTrue();
		}
		hours.values().removeIf(count -> count == 0);
		assertThat(hours.keySet()).as("from " + start + " to " + end + ": " + segments)
			.hasSize((int) ChronoUnit.HOURS.between(start, end))
			.allMatch(hour -> !hour.isBefore(start) && hour.isBefore(end));
		assertThat(hours.values()).containsOnly(1);
	}

	private static boolean aligned(Segments.Segment segment) {
		return switch (segment.grain()) {
			case "m" -> monthStart(segment.from()) && monthStart(segment.to());
			case "d" -> segment.from().equals(segment.from().truncatedTo(ChronoUnit.DAYS))
					&& segment.to().equals(segment.to().truncatedTo(ChronoUnit.DAYS));
			default -> true;
		};
	}

	private static boolean monthStart(Instant at) {
		return at.atZone(ZoneOffset.UTC).getDayOfMonth() == 1 && at.equals(at.truncatedTo(ChronoUnit.DAYS));
	}

	private static long plainBuckets(Instant start, Instant end) {
		Instant dayStart = start.truncatedTo(ChronoUnit.DAYS).equals(start) ? start
				: start.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
		Instant dayEnd = end.truncatedTo(ChronoUnit.DAYS);
		if (!dayStart.isBefore(dayEnd)) {
			return ChronoUnit.HOURS.between(start, end);
		}
		long hours = ChronoUnit.HOURS.between(start, dayStart) + ChronoUnit.HOURS.between(dayEnd, end);
		var first = dayStart.atZone(ZoneOffset.UTC);
		var monthStart = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
		var last = dayEnd.atZone(ZoneOffset.UTC);
		var monthEnd = last.withDayOfMonth(1);
		if (monthStart.isBefore(monthEnd)) {
			return hours + ChronoUnit.DAYS.between(first, monthStart) + ChronoUnit.DAYS.between(monthEnd, last)
					+ ChronoUnit.MONTHS.between(monthStart, monthEnd);
		}
		return hours + ChronoUnit.DAYS.between(first, last);
	}

}
