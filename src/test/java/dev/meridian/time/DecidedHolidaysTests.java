package dev.meridian.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.holidays.JollydayHolidays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estimated holidays close calendars until an admin decides: business time skips an
 * estimated Eid in the UAE, and once the Eid is moved the old day counts and the new one
 * does not.
 */
class DecidedHolidaysTests {

	static final HolidaySource DATA = new JollydayHolidays();

	static final HolidayRegion UAE = HolidayRegion.of(new CountryCode("AE"));

	static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

	// The UAE works Monday to Friday (CLDR's weekend there is Saturday and Sunday).
	static final BusinessSchedule DUBAI_OFFICE = BusinessSchedule.businessDays(DUBAI, new CountryCode("AE"),
			LocalTime.of(9, 0), LocalTime.of(18, 0));

	// Eid al-Fitr 2027 is estimated for Tuesday 9 to Thursday 11 March (Umm al-Qura).
	static final LocalDate EID = LocalDate.of(2027, 3, 9);

	final List<HolidayDecision> decisions = new ArrayList<>();

	final DecidedHolidays decided = new DecidedHolidays(DATA,
			(region, year) -> this.decisions.stream()
				.filter((d) -> d.region().equals(region) && d.listedDate().getYear() == year)
				.toList(),
			Clock.systemUTC(), Duration.ofMinutes(1));

	@Test
	void businessTimeSkipsAnEstimatedEid() {
		BusinessCalendar dubai = BusinessCalendar.of(DUBAI_OFFICE, HolidayCalendar.of(this.decided, UAE));

		assertThat(this.decided.holidays(UAE, 2027)).filteredOn((h) -> h.date().equals(EID))
			.singleElement()
			.satisfies((eid) -> assertThat(eid.estimated()).isTrue());
		// Monday 8 March 17:00 plus two business hours: Tuesday to Thursday are Eid, so
		// Friday 10:00.
		assertThat(dubai.addBusinessMinutes(at("2027-03-08T17:00"), 120)).isEqualTo(at("2027-03-12T10:00"));
		assertThat(dubai.isOpenAt(at("2027-03-09T12:00"))).isFalse();
	}

	@Test
	void afterAnAdminMovesTheEidTheOldDayIsWorkedAndTheNewOneIsOff() {
		this.decisions.add(new HolidayDecision(UAE, EID, LocalDate.of(2027, 3, 12), Instant.now(), "admin"));
		BusinessCalendar dubai = BusinessCalendar.of(DUBAI_OFFICE, HolidayCalendar.of(this.decided, UAE));

		assertThat(dubai.isOpenAt(at("2027-03-09T12:00"))).isTrue();
		assertThat(dubai.isOpenAt(at("2027-03-12T12:00"))).isFalse();
		assertThat(dubai.addBusinessMinutes(at("2027-03-08T17:00"), 120)).isEqualTo(at("2027-03-09T10:00"));
		assertThat(this.decided.holidays(UAE, 2027)).filteredOn((h) -> h.date().equals(LocalDate.of(2027, 3, 12)))
			.singleElement()
			.satisfies((eid) -> {
				assertThat(eid.name()).isEqualTo("Eid al-Fitr");
				assertThat(eid.estimated()).isFalse();
			});
		assertThat(this.decided.decisionsByDate(UAE, 2027)).containsKey(LocalDate.of(2027, 3, 12));
	}

	@Test
	void aConfirmedHolidayKeepsItsDateAndIsNoLongerEstimated() {
		this.decisions.add(new HolidayDecision(UAE, EID, EID, Instant.now(), "admin"));

		assertThat(this.decided.holidays(UAE, 2027)).filteredOn((h) -> h.date().equals(EID))
			.singleElement()
			.satisfies((eid) -> assertThat(eid.estimated()).isFalse());
		assertThat(this.decided.holidays(UAE, 2027)).filteredOn(Holiday::estimated).isNotEmpty();
	}

	@Test
	void aCountrysDecisionAppliesToItsSubdivisionsUnlessTheSubdivisionDecidesOtherwise() {
		HolidayRegion bavaria = new HolidayRegion(new CountryCode("DE"), "BY");
		HolidayRegion germany = HolidayRegion.of(new CountryCode("DE"));
		LocalDate goodFriday = LocalDate.of(2027, 3, 26);
		this.decisions.add(new HolidayDecision(germany, goodFriday, LocalDate.of(2027, 3, 25), Instant.now(), null));

		assertThat(dates(bavaria)).contains(LocalDate.of(2027, 3, 25)).doesNotContain(goodFriday);

		this.decisions.add(new HolidayDecision(bavaria, goodFriday, goodFriday, Instant.now(), null));
		this.decided.forget();
		assertThat(dates(bavaria)).contains(goodFriday).doesNotContain(LocalDate.of(2027, 3, 25));
		assertThat(dates(germany)).contains(LocalDate.of(2027, 3, 25));
	}

	private List<LocalDate> dates(HolidayRegion region) {
		return this.decided.holidays(region, 2027).stream().map(Holiday::date).toList();
	}

	private static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(DUBAI).toInstant();
	}

}
