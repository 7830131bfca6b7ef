package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendingWindowTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final SendingWindow DEFAULT = new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0),
			HolidayCalendar.NONE);

	@Test
	void aCustomerInTokyoAt23IsWrittenToAt08TheNextDay() {
		Instant due = DEFAULT.nextAllowed(tokyo("2026-12-09T23:00"), TOKYO);

		assertThat(due).isEqualTo(tokyo("2026-12-10T08:00"));
	}

	@Test
	void earlyInTheMorningWaitsUntil08TheSameDay() {
		assertThat(DEFAULT.nextAllowed(tokyo("2026-12-10T03:30"), TOKYO)).isEqualTo(tokyo("2026-12-10T08:00"));
	}

	@Test
	void duringTheDayItGoesAtOnce() {
		assertThat(DEFAULT.nextAllowed(tokyo("2026-12-10T08:00"), TOKYO)).isEqualTo(tokyo("2026-12-10T08:00"));
		assertThat(DEFAULT.nextAllowed(tokyo("2026-12-10T20:59"), TOKYO)).isEqualTo(tokyo("2026-12-10T20:59"));
		assertThat(DEFAULT.nextAllowed(tokyo("2026-12-10T21:00"), TOKYO)).isEqualTo(tokyo("2026-12-11T08:00"));
	}

	@Test
	void onAPublicHolidayItWaitsForTheNextWorkingMorning() {
		// New Year in Japan: 1–3 January off (bank holidays) in this calendar.
		SendingWindow window = new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0), HolidayCalendar
			.ofDates(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3))));

		assertThat(window.nextAllowed(tokyo("2027-01-01T11:00"), TOKYO)).isEqualTo(tokyo("2027-01-04T08:00"));
		// The evening before: quiet hours run into the holidays.
		assertThat(window.nextAllowed(tokyo("2026-12-31T22:00"), TOKYO)).isEqualTo(tokyo("2027-01-04T08:00"));
		assertThat(window.nextAllowed(tokyo("2026-12-31T12:00"), TOKYO)).isEqualTo(tokyo("2026-12-31T12:00"));
	}

	@Test
	void theHolidayIsTheCustomersLocalDate() {
		SendingWindow window = new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0),
				HolidayCalendar.ofDates(List.of(LocalDate.of(2026, 12, 10))));
		// 10:00 in Tokyo on the 10th is still the 9th in UTC.
		Instant at = tokyo("2026-12-10T10:00");
		assertThat(at.atZone(ZoneId.of("UTC")).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(window.nextAllowed(tokyo("2026-12-10T07:00"), TOKYO)).isEqualTo(tokyo("2026-12-11T08:00"));
	}

	@Test
	void quietHoursWithinADayAndNoneAtAll() {
		SendingWindow lunch = new SendingWindow(LocalTime.of(12, 0), LocalTime.of(13, 0), HolidayCalendar.NONE);
		assertThat(lunch.nextAllowed(tokyo("2026-12-10T12:30"), TOKYO)).isEqualTo(tokyo("2026-12-10T13:00"));
		assertThat(lunch.nextAllowed(tokyo("2026-12-10T23:30"), TOKYO)).isEqualTo(tokyo("2026-12-10T23:30"));
		SendingWindow never = new SendingWindow(LocalTime.of(8, 0), LocalTime.of(8, 0), HolidayCalendar.NONE);
		assertThat(never.nextAllowed(tokyo("2026-12-10T03:00"), TOKYO)).isEqualTo(tokyo("2026-12-10T03:00"));
	}

	@Test
	void acrossADaylightSavingChangeTheMorningIsStill08Local() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		// Clocks go forward at 02:00 on 29 March 2026.
		Instant due = DEFAULT.nextAllowed(ZonedDateTime.parse("2026-03-28T22:00+01:00[Europe/Paris]").toInstant(),
				paris);
		assertThat(due.atZone(paris).toLocalDateTime()).hasToString("2026-03-29T08:00");
	}

	@Test
	void theResultIsNeverQuietNorAHolidayNorEarlierThanAsked() {
		Random random = new Random(42);
		List<LocalDate> days = random.ints(40, 0, 365).mapToObj(d -> LocalDate.of(2026, 1, 1).plusDays(d)).toList();
		SendingWindow window = new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0),
				HolidayCalendar.ofDates(days));
		for (int i = 0; i < 2000; i++) {
			Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(360L * 24 * 3600));
			ZoneId zone = List.of(TOKYO, ZoneId.of("America/Sao_Paulo"), ZoneId.of("Europe/Berlin")).get(i % 3);
			Instant due = window.nextAllowed(at, zone);
			ZonedDateTime local = due.atZone(zone);
			assertThat(due).as("from %s in %s", at, zone).isAfterOrEqualTo(at);
			assertThat(window.isQuiet(local.toLocalTime())).as("from %s in %s", at, zone).isFalse();
			assertThat(days).as("from %s in %s", at, zone).doesNotContain(local.toLocalDate());
		}
	}

	private static Instant tokyo(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), TOKYO).toInstant();
	}

}
