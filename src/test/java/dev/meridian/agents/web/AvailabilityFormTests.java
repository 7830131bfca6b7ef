package dev.meridian.agents.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AvailabilitySettings;
import dev.meridian.agents.NewTimeOff;
import dev.meridian.agents.web.AvailabilityForm.ShiftRow;
import dev.meridian.time.OpenInterval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screens' forms: blank rows are dropped, an error names the row it is in, and span
 * ends are read on the viewer's clock.
 */
class AvailabilityFormTests {

	@Test
	void dropsBlankRowsAndReadsTheOthers() {
		AvailabilitySettings settings = form(List.of(ShiftRow.BLANK, new ShiftRow("FRIDAY", "22:00", "02:00")), "de",
				"by", "12", "2")
			.toSettings();

		assertThat(settings.shifts())
			.containsExactly(new OpenInterval(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
		assertThat(settings.holidayRegion()).hasToString("DE-BY");
		assertThat(settings.capacity().maxOpenTickets()).isEqualTo(12);
	}

	@Test
	void namesTheRowOfAShiftWithoutEnd() {
		AvailabilityForm form = form(
				List.of(new ShiftRow("MONDAY", "09:00", "17:00"), ShiftRow.BLANK, new ShiftRow("TUESDAY", "09:00", "")),
				"", "", "20", "3");

		assertThatThrownBy(form::toSettings).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.field()).isEqualTo("shifts[2].end"));
	}

	@Test
	void refusesASubdivisionWithoutCountry() {
		assertThatThrownBy(() -> form(List.of(), "", "BY", "20", "3").toSettings()).isInstanceOfSatisfying(
				InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("holidayRegion.country"));
	}

	@Test
	void refusesCapacityThatIsNotANumber() {
		assertThatThrownBy(() -> form(List.of(), "", "", "many", "3").toSettings()).isInstanceOfSatisfying(
				InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("capacity.maxOpenTickets"));
	}

	@Test
	void offersEmptyRowsWhenNothingWasPosted() {
		assertThat(form(null, "", "", "20", "3").rows()).hasSize(AvailabilityForm.BLANK_ROWS)
			.allMatch(ShiftRow::isBlank);
	}

	@Test
	void readsASpanOnTheViewersClock() {
		NewTimeOff off = new TimeOffForm("", "", "2030-03-01T09:00", "2030-03-01T13:00", "")
			.toTimeOff(ZoneId.of("Asia/Manila"));

		assertThat(off.startsAt()).isEqualTo(Instant.parse("2030-03-01T01:00:00Z"));
		assertThat(off.endsAt()).isEqualTo(Instant.parse("2030-03-01T05:00:00Z"));
		assertThat(off.firstDay()).isNull();
	}

	@Test
	void readsWholeDays() {
		NewTimeOff off = new TimeOffForm("2030-01-07", "2030-01-09", "", "", "Sinulog").toTimeOff(ZoneId.of("UTC"));

		assertThat(off.firstDay()).isEqualTo(LocalDate.of(2030, 1, 7));
		assertThat(off.lastDay()).isEqualTo(LocalDate.of(2030, 1, 9));
	}

	private static AvailabilityForm form(List<ShiftRow> rows, String country, String subdivision, String tickets,
			String chats) {
		return new AvailabilityForm(rows, country, subdivision, tickets, chats);
	}

}
