package dev.meridian.sla.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.meridian.sla.SlaTimes;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayCalendar;
import dev.meridian.time.OpenInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due times and the pause while the customer is awaited, on a Berlin office week
 * (Monday–Friday 09:00–17:00).
 */
class DueTimesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final BusinessCalendar OFFICE = BusinessCalendar.of(new BusinessSchedule(BERLIN, weekdays()),
			HolidayCalendar.NONE);

	/** Monday 2 March 2026, 10:00 in Berlin (UTC+1). */
	static final Instant MONDAY_10 = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void dueTimesCountOnlyOpenHours() {
		DueTimes due = new DueTimes(OFFICE);

		// 8 hours from Monday 10:00: 7 on Monday, 1 on Tuesday.
		assertThat(due.after(MONDAY_10, 8 * 60)).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
		assertThat(due.after(MONDAY_10, null)).isNull();
		assertThat(due.neverOpen()).isFalse();
	}

	@Test
	void aPauseMovesEveryRunningDueTimeLaterByTheBusinessMinutesItLasted() {
		DueTimes due = new DueTimes(OFFICE);
		// Due Monday 16:00 and Wednesday 12:00; pending from Monday 11:00 to Tuesday
		// 10:00
		// (6 + 1 = 7 business hours).
		SlaTimes paused = new SlaTimes(Instant.parse("2026-03-02T15:00:00Z"), null,
				Instant.parse("2026-03-04T11:00:00Z"), "Standard", "market:DE", false, 0,
				Instant.parse("2026-03-02T10:00:00Z"), 30);

		SlaTimes resumed = due.resume(paused, Instant.parse("2026-03-03T09:00:00Z"));

		assertThat(resumed.pausedAt()).isNull();
		assertThat(resumed.pausedMinutes()).isEqualTo(30 + 7 * 60);
		// Monday 16:00 + 7 business hours = Tuesday 15:00.
		assertThat(resumed.firstReplyDueAt()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
		// Wednesday 12:00 + 7 business hours = Thursday 11:00.
		assertThat(resumed.resolutionDueAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
		assertThat(resumed.nextReplyDueAt()).isNull();
	}

	@Test
	void aPauseOutsideOpenHoursMovesNothing() {
		DueTimes due = new DueTimes(OFFICE);
		Instant dueAt = Instant.parse("2026-03-09T10:00:00Z");
		// Pending from Friday 18:00 to Monday 08:00: no business time passed.
		SlaTimes paused = SlaTimes.NONE.withDue(dev.meridian.sla.SlaTarget.RESOLUTION, dueAt)
			.pausedSince(Instant.parse("2026-03-06T17:00:00Z"), 0);

		SlaTimes resumed = due.resume(paused, Instant.parse("2026-03-09T07:00:00Z"));

		assertThat(resumed.resolutionDueAt()).isEqualTo(dueAt);
		assertThat(resumed.pausedMinutes()).isZero();
		assertThat(resumed.isPaused()).isFalse();
	}

	@Test
	void aDueTimePassedBeforeThePauseStaysWhereItWas() {
		DueTimes due = new DueTimes(OFFICE);
		Instant missed = Instant.parse("2026-03-02T09:30:00Z");
		SlaTimes paused = SlaTimes.NONE.withDue(dev.meridian.sla.SlaTarget.FIRST_REPLY, missed)
			.pausedSince(MONDAY_10.plusSeconds(3600), 0);

		assertThat(due.resume(paused, MONDAY_10.plusSeconds(4 * 3600)).firstReplyDueAt()).isEqualTo(missed);
	}

	/**
	 * Resuming keeps the business time left: what remained between the pause and the due
	 * time remains between the resumption and the new due time.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 42, 20260302 })
	void theBusinessTimeLeftIsTheSameAfterAPause(long seed) {
		Random random = new Random(seed);
		DueTimes due = new DueTimes(OFFICE);
		for (int i = 0; i < 200; i++) {
			Instant pausedAt = MONDAY_10.plusSeconds(random.nextInt(60 * 24 * 30) * 60L);
			Instant dueAt = OFFICE.addBusinessMinutes(pausedAt, 1 + random.nextInt(5000));
			Instant resumedAt = pausedAt.plusSeconds(random.nextInt(60 * 24 * 20) * 60L);
			long left = OFFICE.businessMinutesBetween(pausedAt, dueAt);

			SlaTimes resumed = due.resume(
					SlaTimes.NONE.withDue(dev.meridian.sla.SlaTarget.RESOLUTION, dueAt).pausedSince(pausedAt, 0),
					resumedAt);

			assertThat(OFFICE.businessMinutesBetween(resumedAt, resumed.resolutionDueAt()))
				.as("seed %d, case %d", seed, i)
				.isEqualTo(left);
		}
	}

	@Test
	void aCalendarThatNeverOpensGivesNoDueTimeAndSaysSo() {
		DueTimes due = new DueTimes(BusinessCalendar.of(new BusinessSchedule(BERLIN, List.of()), HolidayCalendar.NONE));

		assertThat(due.after(MONDAY_10, 60)).isNull();
		assertThat(due.neverOpen()).isTrue();
	}

	private static List<OpenInterval> weekdays() {
		List<OpenInterval> intervals = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			intervals.add(new OpenInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		return intervals;
	}

}
