package dev.meridian.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public holidays and business-time arithmetic through the real HTTP API.
 */
@IntegrationTest
class BusinessTimeApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void listsJapansHolidaysAsTheCalendarsUseThem() {
		Api.Response response = this.api.get("/api/v1/holidays?country=JP&year=2026");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode holidays = response.json();
		assertThat(holidays.size()).isEqualTo(18);
		List<String> dates = holidays.valueStream().map((holiday) -> holiday.get("date").asString()).toList();
		assertThat(dates).isSorted().contains("2026-02-23", "2026-03-20", "2026-09-22").doesNotContain("2026-12-23");
		JsonNode equinox = holidays.valueStream()
			.filter((holiday) -> holiday.get("date").asString().equals("2026-03-20"))
			.findFirst()
			.orElseThrow();
		assertThat(equinox.get("name").asString()).isEqualTo("Vernal Equinox Day");
		assertThat(equinox.get("localName").asString()).isEqualTo("春分の日");
		assertThat(equinox.get("type").asString()).isEqualTo("public");
	}

	@Test
	void listsASubdivisionsHolidaysWithTheCountrys() {
		Api.Response response = this.api.get("/api/v1/holidays?country=DE&subdivision=DE-BY&year=2026");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().valueStream().map((holiday) -> holiday.get("date").asString()))
			.contains("2026-01-06", "2026-10-03");
	}

	@Test
	void answersUnknownHolidayRegionsAndYearsWithTheFieldAtFault() {
		assertFieldError(this.api.get("/api/v1/holidays?country=XX&year=2026"), "country");
		assertFieldError(this.api.get("/api/v1/holidays?year=2026"), "country");
		assertFieldError(this.api.get("/api/v1/holidays?country=DE&subdivision=ZZ&year=2026"), "subdivision");
		assertFieldError(this.api.get("/api/v1/holidays?country=JP&year=1200"), "year");
		assertFieldError(this.api.get("/api/v1/holidays?country=JP&year=soon"), "year");
		assertFieldError(this.api.get("/api/v1/holidays?country=JP"), "year");
	}

	@Test
	void sixtyMinutesFromThreeAmTokyoOnAPublicHolidayEndAtTenOnTheNextBusinessDay() {
		// Friday 20 March 2026, Vernal Equinox Day; 03:00 in Tokyo.
		Api.Response response = this.api.post("/api/v1/calendars/business-time",
				request(tokyoOffice(), "2026-03-19T18:00:00Z", 60));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		// Monday 23 March, 10:00 in Tokyo.
		assertThat(response.json().get("result").asString()).isEqualTo("2026-03-23T01:00:00Z");
	}

	@Test
	void countsAcrossMidnightIntervalsClosuresAndOffsetsInTheStart() {
		Map<String, Object> calendar = new LinkedHashMap<>();
		calendar.put("zone", "Europe/Berlin");
		calendar.put("weekly", List.of(interval("friday", "22:00", "02:00"), interval("MONDAY", "09:00", "17:00")));
		calendar.put("closures", List.of("2026-06-08"));

		Api.Response response = this.api.post("/api/v1/calendars/business-time",
				request(calendar, "2026-06-05T23:00:00+02:00", 240));

		// Friday night gives 180 minutes, Monday 8 June is closed, the next Friday
		// night gives the last 60: 23:00 Berlin.
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("result").asString()).isEqualTo("2026-06-12T21:00:00Z");
	}

	@Test
	void countsBusinessMinutesBetweenTwoInstantsAndFindsTheNextOpening() {
		Map<String, Object> calendar = new LinkedHashMap<>();
		calendar.put("zone", "Europe/Berlin");
		calendar.put("weekly", List.of(interval("sunday", "00:00", "06:00")));

		// 25 October 2026: clocks go back, the hour from 02:00 repeats.
		Api.Response between = this.api.post("/api/v1/calendars/business-minutes", json(Map.of("calendar", calendar,
				"start", "2026-10-25T00:00:00+02:00", "end", "2026-10-25T06:00:00+01:00")));
		assertThat(between.status()).as(between.toString()).isEqualTo(200);
		assertThat(between.json().get("minutes").asLong()).isEqualTo(7 * 60);

		Api.Response backwards = this.api.post("/api/v1/calendars/business-minutes", json(Map.of("calendar", calendar,
				"start", "2026-10-25T06:00:00+01:00", "end", "2026-10-25T00:00:00+02:00")));
		assertThat(backwards.json().get("minutes").asLong()).isEqualTo(-7 * 60);

		Api.Response next = this.api.post("/api/v1/calendars/next-opening",
				json(Map.of("calendar", calendar, "at", "2026-10-25T06:00:00+01:00")));
		assertThat(next.status()).as(next.toString()).isEqualTo(200);
		assertThat(next.json().get("result").asString()).isEqualTo("2026-10-31T23:00:00Z");

		assertFieldError(
				this.api.post("/api/v1/calendars/business-minutes", json(
						Map.of("calendar", calendar, "start", "2026-10-25T00:00:00Z", "end", "2046-10-25T00:00:00Z"))),
				"end");
		assertFieldError(this.api.post("/api/v1/calendars/next-opening", json(Map.of("calendar", calendar))), "at");
	}

	@Test
	void answersBadCalendarsWithTheFieldAtFault() {
		Map<String, Object> badZone = tokyoOffice();
		badZone.put("zone", "Mars/Olympus_Mons");
		assertFieldError(post(request(badZone, "2026-03-19T18:00:00Z", 60)), "calendar.zone");

		Map<String, Object> badDay = tokyoOffice();
		badDay.put("weekly", List.of(interval("funday", "09:00", "17:00")));
		assertFieldError(post(request(badDay, "2026-03-19T18:00:00Z", 60)), "calendar.weekly[0].day");

		Map<String, Object> badTime = tokyoOffice();
		badTime.put("weekly", List.of(interval("monday", "09:00", "17:00"), interval("monday", "18:00", "25:00")));
		assertFieldError(post(request(badTime, "2026-03-19T18:00:00Z", 60)), "calendar.weekly[1].end");

		Map<String, Object> overlapping = tokyoOffice();
		overlapping.put("weekly", List.of(interval("monday", "09:00", "17:00"), interval("monday", "16:00", "18:00")));
		JsonNode problem = assertFieldError(post(request(overlapping, "2026-03-19T18:00:00Z", 60)), "calendar.weekly");
		assertThat(problem.get("detail").asString()).contains("overlap");

		Map<String, Object> badCountry = tokyoOffice();
		badCountry.put("holidays", Map.of("country", "XX"));
		assertFieldError(post(request(badCountry, "2026-03-19T18:00:00Z", 60)), "calendar.holidays.country");

		Map<String, Object> badSubdivision = tokyoOffice();
		badSubdivision.put("holidays", Map.of("country", "US", "subdivision", "US-XX"));
		assertFieldError(post(request(badSubdivision, "2026-03-19T18:00:00Z", 60)), "calendar.holidays.subdivision");

		Map<String, Object> badClosure = tokyoOffice();
		badClosure.put("closures", List.of("2026-12-24", "2026-02-30"));
		assertFieldError(post(request(badClosure, "2026-03-19T18:00:00Z", 60)), "calendar.closures[1]");
	}

	@Test
	void answersBadStartsAndMinutesWithTheFieldAtFault() {
		assertFieldError(post(request(tokyoOffice(), "next tuesday", 60)), "start");
		assertFieldError(post(request(tokyoOffice(), "+999999999-12-31T00:00:00Z", 60)), "start");
		assertFieldError(post(request(tokyoOffice(), "2026-03-19T18:00:00Z", -1)), "addMinutes");
		assertFieldError(post(request(tokyoOffice(), "2026-03-19T18:00:00Z", 5_000_000_000L)), "addMinutes");
		assertFieldError(post("{\"calendar\":" + json(tokyoOffice())
				+ ",\"start\":\"2026-03-19T18:00:00Z\",\"addMinutes\":\"lots\"}"), "addMinutes");
		assertFieldError(post("{\"start\":\"2026-03-19T18:00:00Z\",\"addMinutes\":1}"), "calendar");
	}

	@Test
	void aCalendarThatNeverOpensIsABadRequestThatSaysSo() {
		Map<String, Object> never = tokyoOffice();
		never.put("weekly", List.of());

		JsonNode problem = assertProblem(post(request(never, "2026-03-19T18:00:00Z", 60)), 400);

		assertThat(problem.get("type").asString()).endsWith("calendar-never-open");
		assertThat(problem.get("detail").asString()).contains("no open time");
	}

	@Test
	void anyTokenMayUseTheCalendarsButNotAnonymously() {
		Fixtures fixtures = new Fixtures(this.api);
		Api agent = this.api.withToken(fixtures.token("agent", null, "tickets:read").secret());

		assertThat(agent.get("/api/v1/holidays?country=FR&year=2027").status()).isEqualTo(200);
		assertThat(agent.post("/api/v1/calendars/business-time", request(tokyoOffice(), "2026-03-19T18:00:00Z", 1))
			.status()).isEqualTo(200);
		assertProblem(this.api.withToken("not-a-token").get("/api/v1/holidays?country=FR&year=2027"), 401);
	}

	private Api.Response post(String body) {
		return this.api.post("/api/v1/calendars/business-time", body);
	}

	private static Map<String, Object> tokyoOffice() {
		Map<String, Object> calendar = new LinkedHashMap<>();
		calendar.put("zone", "Asia/Tokyo");
		calendar.put("weekly",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
					.stream()
					.map((day) -> interval(day, "09:00", "18:00"))
					.toList());
		calendar.put("holidays", Map.of("country", "JP"));
		return calendar;
	}

	private static Map<String, String> interval(String day, String start, String end) {
		return Map.of("day", day, "start", start, "end", end);
	}

	private static String request(Map<String, Object> calendar, String start, long addMinutes) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("calendar", calendar);
		request.put("start", start);
		request.put("addMinutes", addMinutes);
		return json(request);
	}

}
