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
			"BR, 2026-06-04, false", "AE, 2026-12-02, true", "AE, 2026-12-01, true", "AE, 2027-01-01, true" })
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
			.contains("DE", "FR", "JP", "BR", "US", "AE");
	}

	private static List<LocalDate> dates(String region, int year) {
		return holidays.holidays(region(region), year).stream().map(Holiday::date).toList();
	}

	private static HolidayRegion region(String code) {
		String[] parts = code.split("-");
		return new HolidayRegion(new CountryCode(parts[0]), parts.length > 1 ? parts[1] : null);
	}

}
