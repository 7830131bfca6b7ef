package dev.meridian.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.holidays.JollydayHolidays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDayTests {

	static final LocalDays calendars = new LocalDays(new JollydayHolidays());

	@Test
	void aJapaneseCustomerWritingAt3OnTheSpringEquinoxIsAtNightOnAHolidayUntilMonday() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		LocalDay day = calendars.localDay(tokyo, new CountryCode("JP"),
				ZonedDateTime.of(2026, 3, 20, 3, 0, 0, 0, tokyo).toInstant());
		assertThat(day.night()).isTrue();
		assertThat(day.weekend()).isFalse();
		assertThat(day.holiday()).isNotNull();
		assertThat(day.holiday().date()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(day.dayOff()).isTrue();
		// Friday the 20th is the holiday, then Saturday and Sunday.
		assertThat(day.nextBusinessDay()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(day.localTime().getHour()).isEqualTo(3);
	}

	@Test
	void theWeekendIsTheCountrysOwn() {
		ZoneId jerusalem = ZoneId.of("Asia/Jerusalem");
		// Friday 2026-06-05, 11:00: a weekend day in Israel, a working day in Germany.
		LocalDay israel = calendars.localDay(jerusalem, new CountryCode("IL"),
				ZonedDateTime.of(2026, 6, 5, 11, 0, 0, 0, jerusalem).toInstant());
		assertThat(israel.weekend()).isTrue();
		assertThat(israel.night()).isFalse();
		assertThat(israel.nextBusinessDay()).isEqualTo(LocalDate.of(2026, 6, 7));
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		LocalDay germany = calendars.localDay(berlin, new CountryCode("DE"),
				ZonedDateTime.of(2026, 6, 5, 11, 0, 0, 0, berlin).toInstant());
		assertThat(germany.weekend()).isFalse();
		assertThat(germany.nextBusinessDay()).isEqualTo(LocalDate.of(2026, 6, 8));
	}

	@Test
	void withoutACountryTheDayIsReadOnSaturdayAndSundayWithoutHolidays() {
		ZoneId utc = ZoneId.of("UTC");
		LocalDay day = calendars.localDay(utc, null, ZonedDateTime.of(2026, 12, 25, 23, 30, 0, 0, utc).toInstant());
		assertThat(day.holiday()).isNull();
		assertThat(day.night()).isTrue();
		assertThat(day.nextBusinessDay()).isEqualTo(LocalDate.of(2026, 12, 28));
	}

}
