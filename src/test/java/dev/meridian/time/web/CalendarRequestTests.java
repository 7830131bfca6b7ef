package dev.meridian.time.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.OpenInterval;
import dev.meridian.time.holidays.JollydayHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading calendars as clients send them: every bad value names its field as sent.
 */
class CalendarRequestTests {

	static final CalendarManagement calendars = new CalendarManagement(new JollydayHolidays(), null,
			java.time.Clock.systemUTC());

	@Test
	void readsIntervalsPastMidnightDaysInAnyCaseHolidaysAndClosures() {
		CalendarRequest request = new CalendarRequest("America/Sao_Paulo",
				List.of(interval("Friday", "22:00", "02:00"), interval("monday", "09:00", "18:00")),
				new CalendarRequest.Region("br", null), List.of("2026-12-24"), null);

		BusinessCalendar calendar = request.toCalendar(calendars);

		assertThat(calendar.schedule().intervals()).containsExactly(
				new OpenInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
				new OpenInterval(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
		assertThat(calendar.closures()).containsExactly(java.time.LocalDate.of(2026, 12, 24));
		// Consciência Negra, Friday 20 November 2026, closes that night.
		assertThat(calendar.isOpenAt(Instant.parse("2026-11-21T02:00:00Z"))).isFalse();
		assertThat(calendar.isOpenAt(Instant.parse("2026-11-28T02:00:00Z"))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "25:00", "9:00", "24:00", "12:60", "noon", "" })
	void rejectsTimesThatAreNotWallClockMinutes(String time) {
		CalendarRequest request = new CalendarRequest("Europe/Paris",
				List.of(interval("tuesday", "09:00", "12:00"), interval("tuesday", "13:00", time)), null, null, null);

		assertField(request, "calendar.weekly[1].end");
	}

	@Test
	void rejectsAnUnknownDay() {
		assertField(new CalendarRequest("Europe/Paris", List.of(interval("mardi", "09:00", "12:00")), null, null, null),
				"calendar.weekly[0].day");
	}

	@Test
	void rejectsAFixedOffsetInsteadOfAZone() {
		assertField(new CalendarRequest("GMT+9", List.of(), null, null, null), "calendar.zone");
	}

	@Test
	void rejectsOverlappingIntervalsAsAWhole() {
		assertField(new CalendarRequest("Europe/Paris",
				List.of(interval("sunday", "20:00", "10:00"), interval("monday", "09:00", "12:00")), null, null, null),
				"calendar.weekly");
	}

	@Test
	void rejectsAnOpeningThatRunsPastMidnight() {
		assertField(
				new CalendarRequest("Europe/Paris", List.of(), null, null,
						List.of(new CalendarRequest.Opening("2026-12-26", "22:00", "02:00"))),
				"calendar.openings[0].end");
	}

	@Test
	void rejectsAnUnknownSubdivision() {
		assertField(
				new CalendarRequest("Europe/Paris", List.of(), new CalendarRequest.Region("FR", "FR-999"), null, null),
				"calendar.holidays.subdivision");
	}

	@Test
	void readsInstantsWithAnyOffset() {
		assertThat(CalendarRequest.instant("start", "2026-03-20T03:00:00+09:00"))
			.isEqualTo(Instant.parse("2026-03-19T18:00:00Z"));
		assertThatThrownBy(() -> CalendarRequest.instant("start", "2026-03-20T03:00:00"))
			.isInstanceOf(InvalidValueException.class);
	}

	private static void assertField(CalendarRequest request, String field) {
		assertThatThrownBy(() -> request.toCalendar(calendars)).isInstanceOf(InvalidValueException.class)
			.extracting("field")
			.isEqualTo(field);
	}

	private static CalendarRequest.Interval interval(String day, String start, String end) {
		return new CalendarRequest.Interval(day, start, end);
	}

}
