package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.meridian.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fast arithmetic equals minute-by-minute stepping on random calendars: random weekly
 * intervals (several a day, past midnight, empty days, past the week's end), zones with
 * clock changes of an hour, of half an hour (Lord Howe) and without (Tokyo, Kathmandu's
 * +05:45), random holidays, closures and openings, and instants across 2025–2027 that
 * favour clock changes and year ends. Each case is built from its own seed, shown in the
 * test's name and in every failure, so one case can be rerun by putting its seed into
 * {@link #SEED} and {@link #CASES} to 1.
 */
class BusinessTimePropertyTests {

	static final long SEED = 0x6D65726964L;

	static final int CASES = 800;

	static final List<ZoneId> ZONES = Stream
		.of("America/Sao_Paulo", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Tokyo", "America/New_York",
				"Asia/Kathmandu", "Europe/London", "America/Santiago", "Pacific/Chatham", "UTC")
		.map(ZoneId::of)
		.toList();

	static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

	static final Instant LAST = Instant.parse("2027-12-31T00:00:00Z");

	static LongStream seeds() {
		Random random = new Random(SEED);
		return LongStream.generate(random::nextLong).limit(CASES);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingBusinessMinutesMatchesMinuteStepping(long seed) {
		Case c = Case.of(seed);
		if (c.opensTooLittleFor(c.minutes + 1)) {
			assertThatThrownBy(() -> c.calendar.addBusinessMinutes(c.start, c.minutes + 1)).as(c.toString())
				.isInstanceOf(NeverOpenException.class);
			return;
		}
		Instant fast = c.calendar.addBusinessMinutes(c.start, c.minutes);
		Instant reference = c.reference.addBusinessMinutes(c.start, c.minutes);
		assertThat(fast).as(c.toString()).isEqualTo(reference);
		assertThat(c.calendar.businessMinutesBetween(c.start, fast)).as(c.toString()).isEqualTo(c.minutes);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void businessMinutesBetweenMatchMinuteStepping(long seed) {
		Case c = Case.of(seed);
		Random random = new Random(seed ^ 0x5DEECE66DL);
		Instant end = c.start.plus(random.nextInt(6 * 24 * 60), ChronoUnit.MINUTES);
		long reference = c.reference.businessMinutesBetween(c.start, end);
		assertThat(c.calendar.businessMinutesBetween(c.start, end)).as(c.toString() + " to " + end)
			.isEqualTo(reference);
		assertThat(c.calendar.businessMinutesBetween(end, c.start)).as(c.toString() + " back from " + end)
			.isEqualTo(-reference);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void nextOpeningMatchesMinuteStepping(long seed) {
		Case c = Case.of(seed);
		if (c.opensTooLittleFor(1)) {
			assertThatThrownBy(() -> c.calendar.nextOpening(c.start)).as(c.toString())
				.isInstanceOf(NeverOpenException.class);
			return;
		}
		Instant fast = c.calendar.nextOpening(c.start);
		assertThat(fast).as(c.toString()).isBefore(c.start.plus(Duration.ofDays(120)));
		assertThat(fast).as(c.toString()).isEqualTo(c.reference.nextOpening(c.start, Duration.ofDays(120)));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void isOpenAtFollowsTheDefinition(long seed) {
		Case c = Case.of(seed);
		Random random = new Random(seed ^ 0x2545F491L);
		for (int i = 0; i < 50; i++) {
			Instant at = c.start.plus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
			assertThat(c.calendar.isOpenAt(at)).as(c + " at " + at).isEqualTo(c.reference.isOpen(at));
		}
	}

	/** One generated calendar, start and number of minutes. */
	record Case(long seed, BusinessCalendar calendar, MinuteSteppingReference reference, Instant start, long minutes,
			List<LocalDate> holidays) {

		/**
		 * Without weekly hours only the openings are open: when they offer fewer minutes
		 * than asked for after the start, the arithmetic must give up, not loop.
		 */
		boolean opensTooLittleFor(long minutes) {
			return this.calendar.schedule().isNeverOpen() && this.reference.businessMinutesBetween(this.start,
					this.start.plus(Duration.ofDays(14))) < minutes;
		}

		static Case of(long seed) {
			Random random = new Random(seed);
			ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
			BusinessSchedule schedule = new BusinessSchedule(zone, intervals(random));
			Instant start = start(random, zone);
			LocalDate around = LocalDate.ofInstant(start, zone);
			List<LocalDate> holidays = dates(random, around, random.nextInt(8));
			List<LocalDate> closures = dates(random, around, random.nextInt(3));
			List<OneOffOpening> openings = new ArrayList<>();
			for (int i = random.nextInt(3) - 1; i > 0 || (i == 0 && random.nextBoolean()); i--) {
				int from = random.nextInt(23 * 4) * 15;
				int length = 15 + random.nextInt((24 * 60 - from) / 15) * 15;
				openings.add(new OneOffOpening(around.plusDays(random.nextInt(9) - 2), minute(from),
						minute((from + length) % (24 * 60))));
			}
			BusinessCalendar calendar;
			try {
				calendar = BusinessCalendar.of(schedule, HolidayCalendar.ofDates(holidays), closures, openings);
			}
			catch (InvalidValueException overlapping) {
				calendar = BusinessCalendar.of(schedule, HolidayCalendar.ofDates(holidays), closures, List.of());
			}
			// Bounded so minute stepping stays quick: at most about three weeks of the
			// schedule's open time, at most three office days.
			long weekly = Math.max(1, schedule.weeklyMinutes());
			long minutes = random.nextInt(4) == 0 ? random.nextInt(60)
					: random.nextLong(Math.min(3 * 8 * 60, 3 * weekly) + 1);
			return new Case(seed, calendar, new MinuteSteppingReference(calendar), start, minutes, holidays);
		}

		/**
		 * Points on the week's circle, paired into intervals, so intervals never overlap
		 * but may run past midnight or from Sunday into Monday.
		 */
		private static List<OpenInterval> intervals(Random random) {
			if (random.nextInt(20) == 0) {
				return List.of();
			}
			if (random.nextInt(5) == 0) {
				List<OpenInterval> office = new ArrayList<>();
				for (DayOfWeek day : DayOfWeek.values()) {
					if (day.getValue() <= 5) {
						office.add(new OpenInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
					}
				}
				return office;
			}
			int count = 1 + random.nextInt(10);
			int step = random.nextBoolean() ? 30 : 5;
			TreeSet<Integer> points = new TreeSet<>();
			while (points.size() < 2 * count) {
				points.add(random.nextInt(OpenInterval.MINUTES_PER_WEEK / step) * step);
			}
			int rotation = random.nextInt(OpenInterval.MINUTES_PER_WEEK / step) * step;
			List<Integer> sorted = new ArrayList<>(points);
			List<OpenInterval> intervals = new ArrayList<>();
			for (int i = 0; i < sorted.size(); i += 2) {
				int start = sorted.get(i);
				int length = Math.min(sorted.get(i + 1) - start, OpenInterval.MINUTES_PER_DAY);
				int at = (start + rotation) % OpenInterval.MINUTES_PER_WEEK;
				DayOfWeek day = DayOfWeek.of(at / OpenInterval.MINUTES_PER_DAY + 1);
				int minuteOfDay = at % OpenInterval.MINUTES_PER_DAY;
				intervals.add(new OpenInterval(day, minute(minuteOfDay),
						minute((minuteOfDay + length) % OpenInterval.MINUTES_PER_DAY)));
			}
			return intervals;
		}

		private static LocalTime minute(int minuteOfDay) {
			return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
		}

		/** Near a clock change, near a year's end, or anywhere. */
		private static Instant start(Random random, ZoneId zone) {
			int kind = random.nextInt(10);
			Instant anywhere = FIRST.plus(random.nextLong(Duration.between(FIRST, LAST).toMinutes()),
					ChronoUnit.MINUTES);
			Instant near = anywhere;
			if (kind < 4) {
				ZoneOffsetTransition transition = zone.getRules().nextTransition(anywhere);
				if (transition != null && transition.getInstant().isBefore(LAST.plus(Duration.ofDays(365)))) {
					near = transition.getInstant();
				}
			}
			else if (kind < 6) {
				int year = 2025 + random.nextInt(3);
				near = LocalDate.of(year, 12, 31).atStartOfDay(zone).toInstant();
			}
			else {
				return anywhere;
			}
			return near.plus(random.nextInt(4 * 24 * 60) - 3 * 24 * 60, ChronoUnit.MINUTES);
		}

		private static List<LocalDate> dates(Random random, LocalDate around, int count) {
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				dates.add(around.plusDays(random.nextInt(12) - 2));
			}
			return dates;
		}

		@Override
		public String toString() {
			return "seed " + this.seed + ": " + this.calendar.schedule().intervals() + " in " + this.calendar.zone()
					+ ", holidays " + this.holidays + ", closures " + this.calendar.closures() + ", openings "
					+ this.calendar.openings() + ", start " + this.start + " ("
					+ this.start.atZone(this.calendar.zone()) + "), minutes " + this.minutes;
		}

	}

}
