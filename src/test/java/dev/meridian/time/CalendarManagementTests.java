package dev.meridian.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.holidays.JollydayHolidays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars an owner gets when none is stored.
 */
class CalendarManagementTests {

	// Stored calendars are not read here: the defaults need no database.
	final CalendarManagement calendars = new CalendarManagement(new JollydayHolidays(), null, Clock.systemUTC());

	@Test
	void theDefaultOfficeWeekFollowsTheCountrysWeekendAndHolidays() {
		BusinessCalendar riyadh = this.calendars.defaultCalendar(ZoneId.of("Asia/Riyadh"), new CountryCode("SA"));

		// Sunday 1 March 2026, 10:00 in Riyadh (UTC+3): a working day there.
		assertThat(riyadh.isOpenAt(Instant.parse("2026-03-01T07:00:00Z"))).isTrue();
		// Friday 6 March 2026, 10:00: the weekend.
		assertThat(riyadh.isOpenAt(Instant.parse("2026-03-06T07:00:00Z"))).isFalse();
		// Thursday 5 March 2026, 17:59 open, 18:00 closed.
		assertThat(riyadh.isOpenAt(Instant.parse("2026-03-05T14:59:00Z"))).isTrue();
		assertThat(riyadh.isOpenAt(Instant.parse("2026-03-05T15:00:00Z"))).isFalse();

		BusinessCalendar berlin = this.calendars.defaultCalendar(ZoneId.of("Europe/Berlin"), new CountryCode("DE"));
		// Friday 3 April 2026 is Good Friday.
		assertThat(berlin.isOpenAt(Instant.parse("2026-04-03T09:00:00Z"))).isFalse();
		assertThat(berlin.isOpenAt(Instant.parse("2026-04-02T09:00:00Z"))).isTrue();
	}

	@Test
	void withoutACountryTheDefaultIsMondayToFridayWithoutHolidays() {
		BusinessCalendar calendar = this.calendars.defaultCalendar(ZoneId.of("Europe/Berlin"), null);

		assertThat(calendar.isOpenAt(Instant.parse("2026-04-03T09:00:00Z"))).isTrue();
		assertThat(calendar.isOpenAt(Instant.parse("2026-04-04T09:00:00Z"))).isFalse();
	}

	@Test
	void theUtcFallbackIsOpenAroundTheClock() {
		Instant saturdayNight = Instant.parse("2026-03-07T23:30:00Z");

		assertThat(CalendarManagement.ALWAYS_OPEN_UTC.addBusinessMinutes(saturdayNight, 90))
			.isEqualTo(saturdayNight.plusSeconds(90 * 60));
	}

}
