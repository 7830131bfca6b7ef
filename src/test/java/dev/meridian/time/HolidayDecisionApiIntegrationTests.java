package dev.meridian.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.markets.CountryCode;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin confirms or moves a holiday whose date is estimated, through the calendars
 * API, and every calendar on the region follows: the business-time endpoint, the market's
 * default calendar the SLA clocks count on, and the holidays routing reads. Arafat Day
 * 2028 in the UAE is Jollyday's computed date (Thursday 4 May), estimated: no other test
 * touches that year.
 */
@IntegrationTest
class HolidayDecisionApiIntegrationTests {

	static final HolidayRegion UAE = HolidayRegion.of(new CountryCode("AE"));

	@LocalServerPort
	int port;

	@Autowired
	CalendarManagement calendars;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void anAdminMovesAnEstimatedHolidayAndEveryCalendarOnTheRegionFollows() {
		JsonNode arafat = holiday(this.api.get("/api/v1/calendars/markets/AE/holidays?year=2028"), "2028-05-04");
		assertThat(arafat.get("name").asString()).isEqualTo("Arafaat");
		assertThat(arafat.get("estimated").asBoolean()).isTrue();
		assertThat(arafat.get("confirmed").asBoolean()).isFalse();
		assertThat(holiday(this.api.get("/api/v1/holidays?country=AE&year=2028"), "2028-05-04").get("estimated")
			.asBoolean()).isTrue();
		// Until told otherwise the estimate is a holiday: from Wednesday 3 May 17:00, two
		// business hours skip Arafat (Thursday), Eid (Friday) and the weekend.
		assertThat(businessTime("2028-05-03T17:00:00+04:00", 120)).isEqualTo("2028-05-08T06:00:00Z");
		assertThat(slaCalendar().isOpenAt(Instant.parse("2028-05-04T08:00:00Z"))).isFalse();

		Api.Response moved = this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-04", """
				{"date": "2028-05-03"}""");

		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().get("date").asString()).isEqualTo("2028-05-03");
		assertThat(moved.json().get("estimated").asBoolean()).isFalse();
		assertThat(moved.json().get("confirmed").asBoolean()).isTrue();
		assertThat(moved.json().get("listedDate").asString()).isEqualTo("2028-05-04");
		JsonNode listed = this.api.get("/api/v1/holidays?country=AE&year=2028").json();
		assertThat(listed.valueStream().map((h) -> h.get("date").asString())).contains("2028-05-03")
			.doesNotContain("2028-05-04");
		// The old day is worked, the new one is off: on the API's arithmetic, on the
		// market calendar SLA clocks use and in the holidays routing reads.
		assertThat(businessTime("2028-05-02T17:00:00+04:00", 120)).isEqualTo("2028-05-04T06:00:00Z");
		assertThat(slaCalendar().isOpenAt(Instant.parse("2028-05-04T08:00:00Z"))).isTrue();
		assertThat(slaCalendar().isOpenAt(Instant.parse("2028-05-03T08:00:00Z"))).isFalse();
		assertThat(this.calendars.holidays(UAE, 2028)).extracting(Holiday::date)
			.contains(LocalDate.of(2028, 5, 3))
			.doesNotContain(LocalDate.of(2028, 5, 4));

		// The holiday is addressed by the date it has now; moved back, it is confirmed on
		// the listed day.
		Api.Response back = this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-03", """
				{"date": "2028-05-04"}""");
		assertThat(back.status()).as(back.toString()).isEqualTo(200);
		assertThat(back.json().get("listedDate").isNull()).isTrue();
		assertThat(back.json().get("confirmed").asBoolean()).isTrue();
		assertThat(businessTime("2028-05-02T17:00:00+04:00", 120)).isEqualTo("2028-05-03T06:00:00Z");
	}

	@Test
	void anAdminConfirmsAnEstimatedHolidayOnItsDate() {
		Api.Response confirmed = this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-06", """
				{"confirmed": true}""");

		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().get("date").asString()).isEqualTo("2028-05-06");
		assertThat(confirmed.json().get("estimated").asBoolean()).isFalse();
		assertThat(confirmed.json().get("confirmed").asBoolean()).isTrue();
		JsonNode listed = holiday(this.api.get("/api/v1/calendars/markets/AE/holidays?year=2028"), "2028-05-06");
		assertThat(listed.get("estimated").asBoolean()).isFalse();
		assertThat(listed.get("confirmed").asBoolean()).isTrue();
	}

	@Test
	void refusesDecisionsThatMakeNoSenseNamingTheField() {
		// Onto another holiday, into another year, neither a date nor a confirmation.
		assertFieldError(this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-07", """
				{"date": "2028-05-05"}"""), "date");
		assertFieldError(this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-07", """
				{"date": "2029-01-02"}"""), "date");
		assertFieldError(this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-07", "{}"), "confirmed");
		assertFieldError(this.api.put("/api/v1/calendars/markets/AE/holidays/soon", """
				{"confirmed": true}"""), "day");
		// No holiday on that day.
		assertProblem(this.api.put("/api/v1/calendars/markets/AE/holidays/2028-05-10", """
				{"confirmed": true}"""), 404);
	}

	@Test
	void onlyAdminsDecideHolidays() {
		Fixtures.Token token = new Fixtures(this.api).token("agent", null, "tickets:read", "tickets:write");
		Api asAgent = this.api.withToken(token.secret());

		assertThat(asAgent.get("/api/v1/calendars/markets/AE/holidays?year=2028").status()).isEqualTo(200);
		assertProblem(asAgent.put("/api/v1/calendars/markets/AE/holidays/2028-05-07", """
				{"confirmed": true}"""), 403);
	}

	private BusinessCalendar slaCalendar() {
		return this.calendars.calendarFor(CalendarOwner.market(new CountryCode("AE")), ZoneId.of("Asia/Dubai"),
				new CountryCode("AE"));
	}

	private String businessTime(String start, long minutes) {
		Map<String, Object> calendar = new LinkedHashMap<>();
		calendar.put("zone", "Asia/Dubai");
		calendar.put("weekly",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
					.stream()
					.map((day) -> Map.of("day", day, "start", "09:00", "end", "18:00"))
					.toList());
		calendar.put("holidays", Map.of("country", "AE"));
		Api.Response response = this.api.post("/api/v1/calendars/business-time",
				json(Map.of("calendar", calendar, "start", start, "addMinutes", minutes)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("result").asString();
	}

	private static JsonNode holiday(Api.Response response, String date) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json()
			.valueStream()
			.filter((h) -> h.get("date").asString().equals(date))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no holiday on " + date + " in " + response));
	}

}
