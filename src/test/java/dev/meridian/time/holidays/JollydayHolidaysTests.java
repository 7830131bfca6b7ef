package dev.meridian.time.holidays;

import java.time.LocalDate;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known days off of the demo markets' countries in 2026 and 2027, as the governments list
 * them; most of Japan's and some of the United States' and Brazil's only hold thanks to
 * the overrides.
 */
class JollydayHolidaysTests {

	static final JollydayHolidays holidays = new JollydayHolidays();

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "JP, 2026-01-01, true", "JP, 2026-02-23, true", "JP, 2026-03-20, true", "JP, 2026-05-06, true",
			"JP, 2026-09-22, true", "JP, 2026-09-23, true", "JP, 2026-12-23, false", "JP, 2027-03-22, true",
			"JP, 2027-12-23, false", "JP, 2027-02-23, true", "DE-BY, 2026-01-06, true", "DE, 2026-01-06, false",
			"DE-BY, 2026-06-04, true", "DE, 2027-03-26, true", "FR, 2026-07-14, true", "FR, 2026-05-25, true",
			"US, 2026-11-26, true", "US, 2026-07-03, true", "US, 2026-10-12, true", "US, 2027-12-31, true",
			"US-CA, 2026-03-31, true", "BR, 2026-11-20, true", "BR, 2026-04-03, true", "BR, 2026-02-17, false",
			"BR, 2026-06-04, false", "AE, 2026-12-02, true", "AE, 2026-12-01, false", "AE, 2027-01-01, true",
			"IN, 2026-11-08, true", "IN, 2027-01-26, true" })
	void knowsTheOfficialDaysOff(String region, LocalDate date, boolean dayOff) {
		if (dayOff) {
			assertThat(dates(region, date.getYear())).as(region).contains(date);
		}
		else {
			assertThat(dates(region, date.getYear())).as(region).doesNotContain(date);
		}
	}

	@Test
	void listsJapansHolidaysOf2026AsTheCabinetOfficeDoes() {
		List<Holiday> japan = holidays.holidays(region("JP"), 2026);

		assertThat(japan).hasSize(18);
		assertThat(japan).first().satisfies((newYear) -> {
			assertThat(newYear.name()).isEqualTo("New Year's Day");
			assertThat(newYear.localName()).isEqualTo("元日");
			assertThat(newYear.kind()).isEqualTo(Holiday.Kind.PUBLIC);
		});
		assertThat(japan).filteredOn((holiday) -> holiday.kind() == Holiday.Kind.SUBSTITUTE)
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 9, 22));
		assertThat(japan).extracting(Holiday::date).isSorted();
	}

	@Test
	void listsTheUaes2026DaysOffAsAnnouncedMarkingThoseOnlyForecastAsEstimated() {
		List<Holiday> uae = holidays.holidays(region("AE"), 2026);

		assertThat(uae).extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20),
					LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 5, 26),
					LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 29),
					LocalDate.of(2026, 6, 16), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 12, 2),
					LocalDate.of(2026, 12, 3));
		// The Eid al-Fitr days the announcement of 23 February fixed whatever the moon
		// did.
		assertThat(uae).filteredOn((holiday) -> !holiday.estimated())
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20),
					LocalDate.of(2026, 3, 21), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
		assertThat(uae).filteredOn((holiday) -> holiday.date().equals(LocalDate.of(2026, 8, 25)))
			.singleElement()
			.satisfies((birthday) -> {
				assertThat(birthday.name()).isEqualTo("The Prophet's Birthday");
				assertThat(birthday.localName()).isEqualTo("المولد النبوي");
			});
	}

	@Test
	void listsIndias2026DaysOffAsTheDoptLists() {
		List<Holiday> india = holidays.holidays(region("IN"), 2026);

		assertThat(india).extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 21),
					LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 3),
					LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 26),
					LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 26), LocalDate.of(2026, 9, 4),
					LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 8),
					LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 25));
		// Only Bakrid is in doubt: the list says 27 May, most states kept 28 May.
		assertThat(india).filteredOn(Holiday::estimated)
			.extracting(Holiday::name)
			.containsExactly("Id-ul-Zuha (Bakrid)");
		assertThat(india).filteredOn((holiday) -> holiday.date().equals(LocalDate.of(2026, 11, 8)))
			.extracting(Holiday::name)
			.containsExactly("Diwali (Deepavali)");
	}

	@Test
	void marksHolidaysThatFollowTheMoonAsEstimatedUntilAnnounced() {
		// 2027: no announcement yet, dates from the Umm al-Qura calendar.
		assertThat(holidays.holidays(region("AE"), 2027)).filteredOn(Holiday::estimated)
			.extracting(Holiday::date)
			.contains(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 5, 15), LocalDate.of(2027, 6, 6),
					LocalDate.of(2027, 8, 14))
			.doesNotContain(LocalDate.of(2027, 1, 1));
		assertThat(holidays.holidays(region("IN"), 2027)).filteredOn(Holiday::estimated)
			.extracting(Holiday::name)
			.contains("Diwali (Deepavali)", "Holi", "Id-ul-Fitr", "Guru Nanak's Birthday")
			.doesNotContain("Republic Day", "Good Friday");
		// Years without reviewed data: Jollyday's computed Islamic dates are estimates.
		assertThat(holidays.holidays(region("AE"), 2028)).filteredOn(Holiday::estimated)
			.extracting(Holiday::date)
			.contains(LocalDate.of(2028, 5, 4))
			.doesNotContain(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 2));
		assertThat(holidays.holidays(region("DE"), 2026)).noneMatch(Holiday::estimated);
	}

	@Test
	void namesHolidaysInEnglishAndInTheCountrysLanguage() {
		Holiday unity = holidays.holidays(region("DE"), 2026)
			.stream()
			.filter((holiday) -> holiday.date().equals(LocalDate.of(2026, 10, 3)))
			.findFirst()
			.orElseThrow();

		assertThat(unity.name()).isEqualTo("German Unity Day");
		assertThat(unity.localName()).isEqualTo("Tag der Deutschen Einheit");
	}

	@Test
	void marksTheObservedDayOfAWeekendHolidayAsSubstitute() {
		Holiday observed = holidays.holidays(region("US"), 2026)
			.stream()
			.filter((holiday) -> holiday.date().equals(LocalDate.of(2026, 7, 3)))
			.findFirst()
			.orElseThrow();

		assertThat(observed.name()).isEqualTo("Independence Day (observed)");
		assertThat(observed.kind()).isEqualTo(Holiday.Kind.SUBSTITUTE);
	}

	@Test
	void rejectsAnUnknownSubdivisionNamingTheField() {
		assertThatThrownBy(() -> holidays.holidays(region("DE-XX"), 2026)).isInstanceOf(InvalidValueException.class)
			.extracting("field")
			.isEqualTo("subdivision");
	}

	@Test
	void rejectsAYearOutOfRangeNamingTheField() {
		assertThatThrownBy(() -> holidays.holidays(region("JP"), 1800)).isInstanceOf(InvalidValueException.class)
			.extracting("field")
			.isEqualTo("year");
	}

	@Test
	void everyOverrideNamesItsSource() throws Exception {
		JsonNode file;
		try (var in = getClass().getClassLoader().getResourceAsStream(HolidayOverrides.RESOURCE)) {
			file = JsonMapper.builder().build().readTree(in);
		}
		assertThat(file.get("corrections")).isNotEmpty().allSatisfy((correction) -> {
			assertThat(correction.get("source").asString()).as(correction.toString()).contains("https://");
		});
		assertThat(file.get("corrections")).extracting((correction) -> correction.get("region").asString())
			.contains("DE", "FR", "JP", "BR", "US", "AE", "IN");
	}

	private static List<LocalDate> dates(String region, int year) {
		return holidays.holidays(region(region), year).stream().map(Holiday::date).toList();
	}

	private static HolidayRegion region(String code) {
		String[] parts = code.split("-");
		return new HolidayRegion(new CountryCode(parts[0]), parts.length > 1 ? parts[1] : null);
	}

}
