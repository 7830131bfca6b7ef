package dev.meridian.agents;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayCalendar;
import dev.meridian.time.OpenInterval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftPlanTests {

	private static final ZoneId MANILA = ZoneId.of("Asia/Manila");

	private static final List<OpenInterval> WEEKDAYS_9_TO_17 = List
		.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
		.stream()
		.map(day -> new OpenInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
		.toList();

	@Test
	void worksOnShiftInTheAgentsZone() {
		ShiftPlan plan = plan(WEEKDAYS_9_TO_17, List.of(), List.of(), List.of());

		// Monday 7 December 2026, 09:00 in Manila is 01:00 UTC.
		assertThat(plan.isWorkingAt(Instant.parse("2026-12-07T01:00:00Z"))).isTrue();
		assertThat(plan.isWorkingAt(Instant.parse("2026-12-07T00:59:59Z"))).isFalse();
		assertThat(plan.isWorkingAt(Instant.parse("2026-12-07T09:00:00Z"))).isFalse();
		assertThat(plan.isWorkingAt(Instant.parse("2026-12-05T03:00:00Z"))).as("Saturday").isFalse();
	}

	@Test
	void aNightShiftCrossesMidnightAndBelongsToItsFirstDay() {
		ShiftPlan plan = plan(List.of(new OpenInterval(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))),
				List.of(), List.of(), List.of());

		assertThat(plan.isWorkingAt(Instant.parse("2026-12-11T20:00:00Z"))).as("Sat 04:00 Manila").isTrue();
		assertThat(plan.periods(Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-14T00:00:00Z")))
			.containsExactly(
					new WorkPeriod(Instant.parse("2026-12-11T14:00:00Z"), Instant.parse("2026-12-11T22:00:00Z")));
	}

	@Test
	void aPublicHolidayIsOff() {
		// 8 December, Feast of the Immaculate Conception, is a holiday in the
		// Philippines.
		ShiftPlan plan = plan(WEEKDAYS_9_TO_17, List.of(LocalDate.of(2026, 12, 8)), List.of(), List.of());

		assertThat(plan.isWorkingAt(Instant.parse("2026-12-08T03:00:00Z"))).isFalse();
		assertThat(plan.isWorkingAt(Instant.parse("2026-12-09T03:00:00Z"))).isTrue();
	}

	@Test
	void daysOffAndSpansOffAreOff() {
		ShiftPlan plan = plan(WEEKDAYS_9_TO_17, List.of(), List.of(LocalDate.of(2026, 12, 9)),
				List.of(new WorkPeriod(Instant.parse("2026-12-10T04:00:00Z"), Instant.parse("2026-12-10T05:00:00Z"))));

		assertThat(plan.isWorkingAt(Instant.parse("2026-12-09T03:00:00Z"))).isFalse();
		assertThat(plan.periods(Instant.parse("2026-12-10T00:00:00Z"), Instant.parse("2026-12-11T00:00:00Z")))
			.containsExactly(
					new WorkPeriod(Instant.parse("2026-12-10T01:00:00Z"), Instant.parse("2026-12-10T04:00:00Z")),
					new WorkPeriod(Instant.parse("2026-12-10T05:00:00Z"), Instant.parse("2026-12-10T09:00:00Z")));
	}

	@Test
	void touchingShiftsMerge() {
		ShiftPlan plan = plan(
				List.of(new OpenInterval(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(0, 0)),
						new OpenInterval(DayOfWeek.TUESDAY, LocalTime.of(0, 0), LocalTime.of(2, 0))),
				List.of(), List.of(), List.of());

		assertThat(plan.periods(Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z")))
			.containsExactly(
					new WorkPeriod(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T18:00:00Z")));
	}

	private static ShiftPlan plan(List<OpenInterval> shifts, List<LocalDate> holidays, List<LocalDate> daysOff,
			List<WorkPeriod> spansOff) {
		BusinessCalendar calendar = BusinessCalendar.of(new BusinessSchedule(MANILA, shifts),
				HolidayCalendar.ofDates(holidays), daysOff, List.of());
		return new ShiftPlan(calendar, spansOff);
	}

}
