package dev.meridian.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.OpenInterval;
import dev.meridian.markets.CountryCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarFormTests {

	@Test
	void skipsEmptyRowsAndReadsTheOthers() {
		CalendarForm form = new CalendarForm("Europe/Vienna", List.of("", "MONDAY", "", "FRIDAY"),
				List.of("", "08:00", "", "22:00"), List.of("", "12:00", "", "02:00"), "at", "",
				"2026-12-24, 2026-12-31");

		CalendarForm.Parts parts = form.parse();

		assertThat(parts.schedule().zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
		assertThat(parts.schedule().intervals()).containsExactly(
				new OpenInterval(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
				new OpenInterval(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
		assertThat(parts.region()).isEqualTo(new HolidayRegion(new CountryCode("AT"), null));
		assertThat(parts.closures()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
	}

	@Test
	void allowsAWeekWithoutOpenTime() {
		CalendarForm form = new CalendarForm("UTC", List.of("", ""), List.of("", ""), List.of("", ""), "", "", "");

		assertThat(form.parse().schedule().isNeverOpen()).isTrue();
		assertThat(form.parse().region()).isNull();
	}

	@Test
	void namesTheRowAsTheAdminCountsThem() {
		CalendarForm form = new CalendarForm("UTC", List.of("MONDAY", "", "TUESDAY"), List.of("09:00", "", "09:00"),
				List.of("17:00", "", ""), "", "", "");

		assertThatThrownBy(form::parse).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
			assertThat(ex.field()).isEqualTo("weekly[2].end");
			assertThat(SlaTexts.field(ex.field())).isEqualTo("end");
			assertThat(SlaTexts.index(ex.field())).isEqualTo(2);
		});
	}

	@Test
	void rejectsAClosureThatIsNotADate() {
		CalendarForm form = new CalendarForm("UTC", List.of(), List.of(), List.of(), "", "", "2026-12-24\n24.12.");

		assertThatThrownBy(form::parse).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.field()).isEqualTo("closures"));
	}

	@Test
	void showsTheStoredRowsAndSevenSpareOnes() {
		CalendarForm form = CalendarForm.of(
				BusinessSchedule.businessDays(ZoneId.of("Europe/Berlin"), new CountryCode("DE"), LocalTime.of(9, 0),
						LocalTime.of(18, 0)),
				HolidayRegion.of(new CountryCode("DE")), List.of(LocalDate.of(2026, 12, 31)));

		assertThat(form.rows()).hasSize(5 + CalendarForm.SPARE_ROWS);
		assertThat(form.rows().get(0)).isEqualTo(new CalendarForm.Row("MONDAY", "09:00", "18:00"));
		assertThat(form.rows().get(5)).isEqualTo(new CalendarForm.Row("", "", ""));
		assertThat(form.country()).isEqualTo("DE");
		assertThat(form.closures()).isEqualTo("2026-12-31");
	}

}
