package dev.meridian.bench.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayCalendar;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.time.holidays.JollydayHolidays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adding 2,400 business minutes (five office days of 8 hours) on a Monday–Friday
 * 09:00–17:00 calendar in Europe/Berlin with Bavaria's public holidays: the server's
 * fast arithmetic against stepping minute by minute with
 * {@link BusinessCalendar#isOpenAt(Instant)}. Starts rotate over a year of Wednesdays
 * (some weeks with holidays, two with clock changes) so no single path is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BusinessTimeBenchmark {

	static final long MINUTES = 5 * 8 * 60;

	BusinessCalendar calendar;

	Instant[] starts;

	int next;

	@Setup
	public void setUp() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		List<OpenInterval> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.getValue() <= 5) {
				weekdays.add(new OpenInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
			}
		}
		this.calendar = BusinessCalendar.of(new BusinessSchedule(berlin, weekdays),
				HolidayCalendar.of(new JollydayHolidays(), new HolidayRegion(new CountryCode("DE"), "BY")));
		this.starts = new Instant[52];
		LocalDateTime wednesday = LocalDateTime.of(2026, 1, 7, 10, 30);
		for (int i = 0; i < this.starts.length; i++) {
			this.starts[i] = wednesday.plusWeeks(i).atZone(berlin).toInstant();
		}
		// Both agree before anything is measured.
		for (Instant start : this.starts) {
			if (!this.calendar.addBusinessMinutes(start, MINUTES).equals(stepMinutes(this.calendar, start, MINUTES))) {
				throw new IllegalStateException("fast and minute stepping disagree from " + start);
			}
		}
	}

	private Instant nextStart() {
		Instant start = this.starts[this.next];
		this.next = (this.next + 1) % this.starts.length;
		return start;
	}

	@Benchmark
	public Instant fastAddBusinessMinutes() {
		return this.calendar.addBusinessMinutes(nextStart(), MINUTES);
	}

	@Benchmark
	public Instant minuteSteppingAddBusinessMinutes() {
		return stepMinutes(this.calendar, nextStart(), MINUTES);
	}

	static Instant stepMinutes(BusinessCalendar calendar, Instant start, long minutes) {
		Instant at = start;
		long counted = 0;
		while (counted < minutes) {
			if (calendar.isOpenAt(at)) {
				counted++;
			}
			at = at.plusSeconds(60);
		}
		return at;
	}

}
