package dev.meridian.channels.chat.offline;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.meridian.knowledge.ContactHours.Span;
import dev.meridian.routing.CoverageWeek.Hour;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingWeekTests {

	@Test
	void weekdaysWithTheSameHoursRunTogether() {
		List<List<Hour>> week = new ArrayList<>();
		for (int day = 0; day < 5; day++) {
			week.add(day(9, 17));
		}
		week.add(day(10, 14));
		week.add(day(0, 0));

		assertThat(WorkingWeek.summarize(week)).containsExactly(
				new Span(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
				new Span(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
	}

	@Test
	void aPartlyCoveredHourCountsAndADayCanHaveTwoStretches() {
		List<Hour> split = new ArrayList<>(day(8, 12));
		split.set(7, Hour.PARTIAL);
		for (int hour = 14; hour < 24; hour++) {
			split.set(hour, Hour.COVERED);
		}
		List<List<Hour>> week = new ArrayList<>(Collections.nCopies(7, day(0, 0)));
		week.set(2, split);

		assertThat(WorkingWeek.summarize(week)).containsExactly(
				new Span(DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY, LocalTime.of(7, 0), LocalTime.of(12, 0)),
				new Span(DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.MIDNIGHT));
	}

	@Test
	void anEmptyWeekSaysNothingAndARoundTheClockWeekIsOneSpan() {
		assertThat(WorkingWeek.summarize(Collections.nCopies(7, day(0, 0)))).isEmpty();
		assertThat(WorkingWeek.summarize(Collections.nCopies(7, day(0, 24))))
			.containsExactly(new Span(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
	}

	private static List<Hour> day(int from, int to) {
		List<Hour> hours = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			hours.add(hour >= from && hour < to ? Hour.COVERED : Hour.UNCOVERED);
		}
		return hours;
	}

}
