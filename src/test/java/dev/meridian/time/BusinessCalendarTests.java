package dev.meridian.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.holidays.JollydayHolidays;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void carriesMinutesLeftAtFridaysCloseOverTheWeekend() {
		BusinessCalendar calendar = office(BERLIN, HolidayCalendar.NONE);

		assertThat(calendar.addBusinessMinutes(at("2026-06-05T16:30", BERLIN), 60))
			.isEqualTo(at("2026-06-08T09:30", BERLIN));
	}

	@Test
	void endsAtClosingTimeWhenTheMinutesRunOutThere() {
		BusinessCalendar calendar = office(BERLIN, HolidayCalendar.NONE);

		assertThat(calendar.addBusinessMinutes(at("2026-06-05T16:00", BERLIN), 60))
			.isEqualTo(at("2026-06-05T17:00", BERLIN));
	}

	@Test
	void addingExactlyAWeekOfOpenTimeEndsAtFridaysClose() {
		BusinessCalendar calendar = office(BERLIN, HolidayCalendar.NONE);

		assertThat(calendar.addBusinessMinutes(at("2026-01-04T12:00", BERLIN), 5 * 8 * 60))
			.isEqualTo(at("2026-01-09T17:00", BERLIN));
	}

	@Test
	void skipsManyWeeksToTheSameResultAsDayByDay() {
		BusinessCalendar calendar = office(BERLIN, HolidayCalendar.NONE);

		// 52 weeks of 40 hours from a Monday morning in winter: the last minute is the
		// Friday a year later, across both clock changes.
		assertThat(calendar.addBusinessMinutes(at("2026-01-05T09:00", BERLIN), 52L * 5 * 8 * 60))
			.isEqualTo(at("2027-01-01T17:00", BERLIN));
	}

	@Test
	void anIntervalPastMidnightBelongsToTheDayItStarts() {
		BusinessCalendar calendar = BusinessCalendar.of(
				new BusinessSchedule(BERLIN,
						List.of(new OpenInterval(FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))),
				HolidayCalendar.NONE, List.of(LocalDate.of(2026, 6, 12)), List.of());

		assertThat(calendar.addBusinessMinutes(at("2026-06-05T23:00", BERLIN), 120))
			.isEqualTo(at("2026-06-06T01:00", BERLIN));
		assertThat(calendar.isOpenAt(at("2026-06-06T01:59", BERLIN))).isTrue();
		// Closing Friday 12 June closes its night, Saturday morning included.
		assertThat(calendar.isOpenAt(at("2026-06-13T01:00", BERLIN))).isFalse();
		assertThat(calendar.nextOpening(at("2026-06-12T12:00", BERLIN))).isEqualTo(at("2026-06-19T22:00", BERLIN));
	}

	@Test
	void wallClockMinutesSkippedWhenClocksGoForwardAreNoBusinessTime() {
		BusinessCalendar calendar = allDay(BERLIN, SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 0));

		// 29 March 2026: 02:00 becomes 03:00 in Berlin.
		assertThat(calendar.businessMinutesBetween(at("2026-03-29T00:00", BERLIN), at("2026-03-29T06:00", BERLIN)))
			.isEqualTo(5 * 60);
		assertThat(calendar.addBusinessMinutes(at("2026-03-29T01:30", BERLIN), 60))
			.isEqualTo(at("2026-03-29T03:30", BERLIN));
	}

	@Test
	void theRepeatedHourWhenClocksGoBackIsBusinessTime() {
		BusinessCalendar calendar = allDay(BERLIN, SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 0));

		// 25 October 2026: 03:00 becomes 02:00 again in Berlin.
		assertThat(calendar.businessMinutesBetween(at("2026-10-25T00:00", BERLIN), at("2026-10-25T06:00", BERLIN)))
			.isEqualTo(7 * 60);
		assertThat(calendar.addBusinessMinutes(Instant.parse("2026-10-24T23:30:00Z"), 60))
			.isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void lordHoweMovesItsClocksByHalfAnHour() {
		ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
		BusinessCalendar calendar = allDay(lordHowe, SUNDAY, LocalTime.of(0, 0), LocalTime.of(4, 0));

		// 5 April 2026: 02:00 becomes 01:30; 4 October 2026: 02:00 becomes 02:30.
		assertThat(calendar.businessMinutesBetween(at("2026-04-05T00:00", lordHowe), at("2026-04-05T05:00", lordHowe)))
			.isEqualTo(4 * 60 + 30);
		assertThat(calendar.businessMinutesBetween(at("2026-10-04T00:00", lordHowe), at("2026-10-04T05:00", lordHowe)))
			.isEqualTo(4 * 60 - 30);
	}

	@Test
	void countsAcrossTheYearsEndPastNewYearsDay() {
		BusinessCalendar calendar = office(BERLIN, HolidayCalendar.ofDates(List.of(LocalDate.of(2027, 1, 1))));

		assertThat(calendar.addBusinessMinutes(at("2026-12-31T16:00", BERLIN), 120))
			.isEqualTo(at("2027-01-04T10:00", BERLIN));
		assertThat(calendar.businessMinutesBetween(at("2026-12-31T16:00", BERLIN), at("2027-01-04T10:00", BERLIN)))
			.isEqualTo(120);
	}

	@Test
	void aOneOffOpeningReplacesTheDaysHoursEvenOnAHoliday() {
		LocalDate holiday = LocalDate.of(2026, 6, 8);
		BusinessCalendar calendar = BusinessCalendar.of(office(BERLIN, HolidayCalendar.NONE).schedule(),
				HolidayCalendar.ofDates(List.of(holiday)), List.of(),
				List.of(new OneOffOpening(holiday, LocalTime.of(10, 0), LocalTime.of(12, 0)),
						new OneOffOpening(LocalDate.of(2026, 6, 6), LocalTime.of(10, 0), LocalTime.of(0, 0))));

		assertThat(calendar.nextOpening(at("2026-06-06T08:00", BERLIN))).isEqualTo(at("2026-06-06T10:00", BERLIN));
		assertThat(calendar.businessMinutesBetween(at("2026-06-06T00:00", BERLIN), at("2026-06-09T00:00", BERLIN)))
			.isEqualTo(14 * 60 + 2 * 60);
	}

	@Test
	void givesTheSameResultsWhenSharedBetweenThreads() {
		BusinessCalendar shared = office(BERLIN, HolidayCalendar.NONE);
		List<Instant> starts = new ArrayList<>();
		for (int hours = 0; hours < 2 * 365 * 24; hours += 7) {
			starts.add(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(hours * 3600L));
		}
		List<Instant> alone = starts.stream()
			.map((start) -> office(BERLIN, HolidayCalendar.NONE).addBusinessMinutes(start, 1000))
			.toList();

		// Threads moving through different offset periods at once share the calendar.
		List<Instant> together = starts.parallelStream()
			.map((start) -> shared.addBusinessMinutes(start, 1000))
			.toList();

		assertThat(together).isEqualTo(alone);
	}

	@Test
	void zeroMinutesGiveTheStartEvenWhenClosed() {
		Instant sunday = at("2026-06-07T03:00", BERLIN);

		assertThat(office(BERLIN, HolidayCalendar.NONE).addBusinessMinutes(sunday, 0)).isEqualTo(sunday);
	}

	@Test
	void nextOpeningIsTheInstantItselfWhenOpen() {
		Instant open = at("2026-06-08T11:15", BERLIN);

		assertThat(office(BERLIN, HolidayCalendar.NONE).nextOpening(open)).isEqualTo(open);
	}

	@Test
	void aCalendarThatNeverOpensFailsInsteadOfLooping() {
		BusinessCalendar never = BusinessCalendar.of(new BusinessSchedule(BERLIN, List.of()), HolidayCalendar.NONE);

		assertThat(never.isNeverOpen()).isTrue();
		assertThatThrownBy(() -> never.addBusinessMinutes(Instant.parse("2026-01-01T00:00:00Z"), 1))
			.isInstanceOf(NeverOpenException.class)
			.hasMessageContaining("no open time in the 3 years");
		assertThatThrownBy(() -> never.nextOpening(Instant.parse("2026-01-01T00:00:00Z")))
			.isInstanceOf(NeverOpenException.class);
		assertThat(never.businessMinutesBetween(Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2030-01-01T00:00:00Z")))
			.isZero();
	}

	@Test
	void rejectsOverlappingIntervalsNamingTheField() {
		List<OpenInterval> overlapping = List.of(new OpenInterval(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
				new OpenInterval(MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)));

		assertThatThrownBy(() -> new BusinessSchedule(BERLIN, overlapping)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("MONDAY 11:00–14:00")
			.extracting("field")
			.isEqualTo("weekly");
	}

	@Test
	void rejectsSundayNightRunningIntoMondayMorning() {
		List<OpenInterval> overlapping = List.of(new OpenInterval(SUNDAY, LocalTime.of(22, 0), LocalTime.of(8, 0)),
				new OpenInterval(MONDAY, LocalTime.of(7, 0), LocalTime.of(12, 0)));

		assertThatThrownBy(() -> new BusinessSchedule(BERLIN, overlapping)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void acceptsIntervalsThatTouch() {
		List<OpenInterval> touching = List.of(new OpenInterval(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
				new OpenInterval(MONDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)));

		assertThat(new BusinessSchedule(BERLIN, touching).weeklyMinutes()).isEqualTo(5 * 60);
	}

	@Test
	void takesTheWeekendFromCldr() {
		assertThat(BusinessSchedule.weekendOf(new CountryCode("DE"))).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
		assertThat(BusinessSchedule.weekendOf(new CountryCode("SA"))).containsExactlyInAnyOrder(FRIDAY, SATURDAY);
		assertThat(BusinessSchedule.weekendOf(new CountryCode("IN"))).containsExactly(SUNDAY);
		// The UAE moved its weekend from Friday–Saturday to Saturday–Sunday in 2022.
		assertThat(BusinessSchedule.weekendOf(new CountryCode("AE"))).containsExactlyInAnyOrder(SATURDAY, SUNDAY);

		BusinessSchedule riyadh = BusinessSchedule.businessDays(ZoneId.of("Asia/Riyadh"), new CountryCode("SA"),
				LocalTime.of(9, 0), LocalTime.of(17, 0));
		assertThat(riyadh.intervals()).extracting(OpenInterval::day)
			.containsExactly(MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, SUNDAY);
	}

	@Test
	void sixtyMinutesFromThreeAmOnAJapaneseHolidayEndAtTenOnTheNextBusinessDay() {
		HolidayCalendar japan = HolidayCalendar.of(new JollydayHolidays(), HolidayRegion.of(new CountryCode("JP")));
		BusinessCalendar calendar = BusinessCalendar.of(weekdays(TOKYO, LocalTime.of(9, 0), LocalTime.of(18, 0)),
				japan);

		// Friday 20 March 2026 is Vernal Equinox Day.
		assertThat(calendar.addBusinessMinutes(at("2026-03-20T03:00", TOKYO), 60))
			.isEqualTo(at("2026-03-23T10:00", TOKYO));
	}

	static BusinessCalendar office(ZoneId zone, HolidayCalendar holidays) {
		return BusinessCalendar.of(weekdays(zone, LocalTime.of(9, 0), LocalTime.of(17, 0)), holidays);
	}

	static BusinessSchedule weekdays(ZoneId zone, LocalTime open, LocalTime close) {
		List<OpenInterval> intervals = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.getValue() <= 5) {
				intervals.add(new OpenInterval(day, open, close));
			}
		}
		return new BusinessSchedule(zone, intervals);
	}

	static BusinessCalendar allDay(ZoneId zone, DayOfWeek day, LocalTime start, LocalTime end) {
		return BusinessCalendar.of(new BusinessSchedule(zone, List.of(new OpenInterval(day, start, end))),
				HolidayCalendar.NONE);
	}

	static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

}
