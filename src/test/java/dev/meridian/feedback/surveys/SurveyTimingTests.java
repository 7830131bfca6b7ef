package dev.meridian.feedback.surveys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import dev.meridian.time.HolidayCalendar;
import dev.meridian.time.SendingWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyTimingTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final SurveyTiming DAY_LATER = new SurveyTiming(Duration.ofHours(24),
			new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0), HolidayCalendar.NONE));

	@Test
	void aTicketSolvedAt23InTokyoIsSurveyedAt08TheMorningAfterTheDelay() {
		// Solved Tuesday 23:00; 24 h later is Wednesday 23:00, quiet: Thursday 08:00.
		assertThat(DAY_LATER.afterSolved(tokyo("2026-12-08T23:00"), TOKYO)).isEqualTo(tokyo("2026-12-10T08:00"));
	}

	@Test
	void aShortDelayMovesTheSurveyToTheNextMorning() {
		SurveyTiming hour = new SurveyTiming(Duration.ofHours(1), DAY_LATER.window());

		assertThat(hour.afterSolved(tokyo("2026-12-08T23:00"), TOKYO)).isEqualTo(tokyo("2026-12-09T08:00"));
		assertThat(hour.afterSolved(tokyo("2026-12-08T10:00"), TOKYO)).isEqualTo(tokyo("2026-12-08T11:00"));
	}

	@Test
	void aPublicHolidayIsSkippedWholly() {
		// Due on New Year's Day in Tokyo at noon; the 1st to 3rd are days off.
		SurveyTiming timing = new SurveyTiming(Duration.ofHours(24),
				new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0), HolidayCalendar
					.ofDates(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)))));

		assertThat(timing.afterSolved(tokyo("2026-12-31T12:00"), TOKYO)).isEqualTo(tokyo("2027-01-04T08:00"));
	}

	@Test
	void askedForNowSkipsTheDelayButNotTheNightUnlessForced() {
		assertThat(DAY_LATER.requested(tokyo("2026-12-08T23:00"), TOKYO, false)).isEqualTo(tokyo("2026-12-09T08:00"));
		assertThat(DAY_LATER.requested(tokyo("2026-12-08T23:00"), TOKYO, true)).isEqualTo(tokyo("2026-12-08T23:00"));
		assertThat(DAY_LATER.requested(tokyo("2026-12-08T15:00"), TOKYO, false)).isEqualTo(tokyo("2026-12-08T15:00"));
	}

	@Test
	void surveysAreNeverDueInQuietHoursNorBeforeTheDelay() {
		Random random = new Random(15);
		for (int i = 0; i < 2_000; i++) {
			Instant solved = tokyo("2026-01-01T00:00").plusSeconds(random.nextInt(365 * 24 * 3600));
			Instant due = DAY_LATER.afterSolved(solved, TOKYO);
			LocalTime local = due.atZone(TOKYO).toLocalTime();
			assertThat(due).as("solved %s", solved).isAfterOrEqualTo(solved.plus(Duration.ofHours(24)));
			assertThat(local).as("solved %s", solved).isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59, 59));
			// Never later than needed: the next morning at the latest.
			assertThat(due).isBeforeOrEqualTo(solved.plus(Duration.ofHours(24 + 11)));
		}
	}

	private static Instant tokyo(String local) {
		return LocalDateTime.parse(local).atZone(TOKYO).toInstant();
	}

}
