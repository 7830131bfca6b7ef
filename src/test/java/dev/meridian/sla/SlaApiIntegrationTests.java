package dev.meridian.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.meridian.markets.CountryCode;
import dev.meridian.sla.internal.SlaAlarms;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.HolidayCalendar;
import dev.meridian.time.OpenInterval;
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
 * Stored calendars, SLA policies and the due times they put on tickets, through the real
 * HTTP API. Every policy here covers only this class's markets, so other tests' tickets
 * get no clocks.
 */
@IntegrationTest
class SlaApiIntegrationTests {

	/**
	 * Mondays to Fridays 09:00–17:00 in Berlin, no holidays: the calendar stored for LU.
	 */
	static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.of(
			new BusinessSchedule(ZoneId.of("Europe/Berlin"), weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))),
			HolidayCalendar.NONE);

	@LocalServerPort
	int port;

	@Autowired
	SlaAlarms alarms;

	@Autowired
	CalendarManagement calendars;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("LU", "fr", "EUR", "Europe/Luxembourg");
		this.fixtures.market("MT", "mt", "EUR", "Europe/Malta");
		this.fixtures.market("IE", "en", "EUR", "Europe/Dublin");
		this.fixtures.market("LI", "de", "CHF", "Europe/Vaduz");
		this.fixtures.market("MC", "fr", "EUR", "Europe/Monaco");
	}

	@Test
	void storesAMarketCalendarAndFallsBackToTheDefaultWhenItIsDeleted() {
		Api.Response stored = this.api.put("/api/v1/calendars/markets/IE",
				json(Map.of("zone", "Europe/Dublin", "weekly",
						List.of(Map.of("day", "friday", "start", "22:00", "end", "02:00")), "holidays",
						Map.of("country", "IE"), "closures", List.of("2026-12-24"), "openings",
						List.of(Map.of("date", "2026-12-27", "start", "10:00", "end", "14:00")))));

		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		JsonNode calendar = this.api.get("/api/v1/calendars/markets/ie").json();
		assertThat(calendar.get("zone").asString()).isEqualTo("Europe/Dublin");
		assertThat(calendar.get("weekly").get(0).get("end").asString()).isEqualTo("02:00");
		assertThat(calendar.get("holidays").get("country").asString()).isEqualTo("IE");
		assertThat(calendar.get("closures").get(0).asString()).isEqualTo("2026-12-24");
		assertThat(calendar.get("openings").get(0).get("start").asString()).isEqualTo("10:00");
		assertThat(calendar.get("neverOpen").asBoolean()).isFalse();

		assertThat(this.api.delete("/api/v1/calendars/markets/IE").status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/calendars/markets/IE"), 404);
	}

	@Test
	void answersBadCalendarsWithTheFieldAtFault() {
		assertFieldError(this.api.put("/api/v1/calendars/markets/LU", calendarJson("Mars/Olympus", weeklyJson())),
				"zone");
		assertFieldError(
				this.api
					.put("/api/v1/calendars/markets/LU",
							json(Map
								.of("zone", "Europe/Berlin", "weekly",
										List.of(Map.of("day", "monday", "start", "09:00", "end", "17:00"),
												Map.of("day", "monday", "start", "16:00", "end", "18:00"))))),
				"weekly");
		assertFieldError(this.api.put("/api/v1/calendars/teams/" + java.util.UUID.randomUUID(), json(Map.of("zone",
				"Europe/Berlin", "weekly", weeklyJson(), "holidays", Map.of("country", "DE", "subdivision", "ZZ")))),
				"holidays.subdivision");
		assertFieldError(
				this.api
					.put("/api/v1/calendars/markets/LU",
							calendarJson("Europe/Berlin",
									List.of(Map.of("day", "someday", "start", "09:00", "end", "17:00")))),
				"weekly[0].day");
	}

	@Test
	void onlyAdminsChangeCalendarsAndPolicies() {
		Fixtures.Token agentToken = this.fixtures.token("agent", null, "tickets:read", "tickets:write");
		Api agent = this.api.withToken(agentToken.secret());

		assertProblem(agent.put("/api/v1/calendars/markets/LU", calendarJson("Europe/Berlin", weeklyJson())), 403);
		assertProblem(agent.post("/api/v1/sla-policies", policyJson("Nope " + Fixtures.unique(), List.of("LU"), 60)),
				403);
		assertThat(agent.get("/api/v1/sla-policies").status()).isEqualTo(200);
	}

	@Test
	void answersBadPoliciesWithTheFieldAtFault() {
		Map<String, Object> badPriority = new LinkedHashMap<>();
		badPriority.put("name", "Bad " + Fixtures.unique());
		badPriority.put("priorities", List.of("whenever"));
		badPriority.put("firstReplyMinutes", 60);
		assertFieldError(this.api.post("/api/v1/sla-policies", json(badPriority)), "priorities[0]");
		assertFieldError(
				this.api.post("/api/v1/sla-policies", policyJson("Bad " + Fixtures.unique(), List.of("AD"), 0)),
				"firstReplyMinutes");

		String name = "Taken " + Fixtures.unique();
		assertThat(this.api.post("/api/v1/sla-policies", policyJson(name, List.of("AD"), 60)).status()).isEqualTo(201);
		assertProblem(this.api.post("/api/v1/sla-policies", policyJson(name, List.of("AD"), 60)), 409);
	}

	@Test
	void countsDueTimesOnTheMarketCalendarPausesWhilePendingAndRecordsBreaches() {
		storeBerlinOfficeFor("LU");
		String policy = "Luxembourg " + Fixtures.unique();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", policy);
		request.put("position", 5);
		request.put("markets", List.of("LU"));
		request.put("firstReplyMinutes", 60);
		request.put("nextReplyMinutes", 120);
		request.put("resolutionMinutes", 16 * 60);
		request.put("warningLeadMinutes", 30);
		Api.Response created = this.api.post("/api/v1/sla-policies", json(request));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("markets").get(0).asString()).isEqualTo("LU");

		JsonNode ticket = this.fixtures.aTicket().inMarket("LU").open();
		String id = ticket.get("id").asString();
		Instant createdAt = Instant.parse(ticket.get("createdAt").asString());

		JsonNode sla = awaitSla(id, s -> !s.get("firstReplyDueAt").isNull());
		assertThat(sla.get("policy").asString()).isEqualTo(policy);
		assertThat(sla.get("calendar").asString()).isEqualTo("market:LU");
		assertThat(instant(sla, "firstReplyDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(createdAt, 60));
		assertThat(instant(sla, "resolutionDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(createdAt, 16 * 60));
		assertThat(sla.get("nextReplyDueAt").isNull()).isTrue();
		assertThat(sla.get("breached").size()).isZero();

		// Waiting for the customer: the clocks stop, so nothing is missed however late.
		assertThat(this.api.patch("/api/v1/tickets/" + id, json(Map.of("status", "pending"))).status()).isEqualTo(200);
		JsonNode paused = awaitSla(id, s -> !s.get("pausedSince").isNull());
		Instant pausedSince = instant(paused, "pausedSince");
		this.alarms.checkAt(Instant.now().plus(Duration.ofDays(30)));
		assertThat(sla(id).get("breached").size()).isZero();

		// Back to work: the due times move later by the business minutes spent pending.
		Api.Response reopened = this.api.patch("/api/v1/tickets/" + id, json(Map.of("status", "open")));
		Instant resumedAt = Instant.parse(reopened.json().get("updatedAt").asString());
		JsonNode resumed = awaitSla(id, s -> s.get("pausedSince").isNull());
		long pausedMinutes = BERLIN_OFFICE.businessMinutesBetween(pausedSince, resumedAt);
		assertThat(instant(resumed, "firstReplyDueAt"))
			.isEqualTo(BERLIN_OFFICE.addBusinessMinutes(instant(sla, "firstReplyDueAt"), pausedMinutes));
		assertThat(instant(resumed, "resolutionDueAt"))
			.isEqualTo(BERLIN_OFFICE.addBusinessMinutes(instant(sla, "resolutionDueAt"), pausedMinutes));

		// The check, run within the warning lead of the first-reply due time, warns.
		this.alarms.checkAt(instant(resumed, "firstReplyDueAt").minus(Duration.ofMinutes(10)));
		JsonNode warned = sla(id);
		assertThat(warned.get("warned").valueStream().map(JsonNode::asString)).containsExactly("first_reply");
		assertThat(warned.get("breached").size()).isZero();

		// Run as if just after the first-reply due time, it marks the breach.
		Instant late = instant(resumed, "firstReplyDueAt").plus(Duration.ofMinutes(1));
		this.alarms.checkAt(late);
		JsonNode breached = sla(id);
		assertThat(breached.get("breached").valueStream().map(JsonNode::asString)).contains("first_reply");
		assertThat(this.alarms.checkAt(late)).as("a breach is marked once").isZero();

		// The late reply clears the first-reply clock; the breach stays on record.
		assertThat(this.api.post("/api/v1/tickets/" + id + "/messages", json(Map.of("body", "On its way!"))).status())
			.isEqualTo(201);
		JsonNode replied = awaitSla(id, s -> s.get("firstReplyDueAt").isNull());
		assertThat(replied.get("breached").valueStream().map(JsonNode::asString)).containsExactly("first_reply");

		// The customer writes again: a next reply is due, on the same calendar.
		Api.Response customer = this.api.post("/api/v1/tickets/" + id + "/messages",
				json(Map.of("from", "customer", "body", "Danke")));
		Instant wroteAt = Instant.parse(customer.json().get("createdAt").asString());
		JsonNode next = awaitSla(id, s -> !s.get("nextReplyDueAt").isNull());
		assertThat(instant(next, "nextReplyDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(wroteAt, 120));

		// Solved: nothing is due any more.
		this.api.patch("/api/v1/tickets/" + id, json(Map.of("status", "solved")));
		JsonNode solved = awaitSla(id, s -> s.get("resolutionDueAt").isNull() && s.get("nextReplyDueAt").isNull());
		assertThat(solved.get("firstReplyDueAt").isNull()).isTrue();
	}

	@Test
	void aMarketWithoutStoredCalendarCountsOnItsDefaultOfficeWeek() {
		this.api.delete("/api/v1/calendars/markets/IE");
		this.api.post("/api/v1/sla-policies", policyJson("Ireland " + Fixtures.unique(), List.of("IE"), 90));

		JsonNode ticket = this.fixtures.aTicket().inMarket("IE").open();
		Instant createdAt = Instant.parse(ticket.get("createdAt").asString());

		JsonNode sla = awaitSla(ticket.get("id").asString(), s -> !s.get("firstReplyDueAt").isNull());
		assertThat(sla.get("calendar").asString()).isEqualTo("market:IE");
		assertThat(instant(sla, "firstReplyDueAt"))
			.isEqualTo(this.calendars.defaultCalendar(ZoneId.of("Europe/Dublin"), new CountryCode("IE"))
				.addBusinessMinutes(createdAt, 90));
	}

	/**
	 * Policies are read from memory (issue 11): a change must still apply to the very
	 * next ticket of the node that made it.
	 */
	@Test
	void aChangedPolicyAppliesToTheNextTicketAtOnce() {
		this.fixtures.market("VA", "it", "EUR", "Europe/Vatican");
		BusinessCalendar office = this.calendars.defaultCalendar(ZoneId.of("Europe/Vatican"), new CountryCode("VA"));
		String name = "Vatican " + Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/sla-policies", policyJson(name, List.of("VA"), 60));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		JsonNode first = this.fixtures.aTicket().inMarket("VA").open();
		JsonNode firstSla = awaitSla(first.get("id").asString(), s -> !s.get("firstReplyDueAt").isNull());
		assertThat(instant(firstSla, "firstReplyDueAt"))
			.isEqualTo(office.addBusinessMinutes(Instant.parse(first.get("createdAt").asString()), 60));

		Api.Response changed = this.api.put("/api/v1/sla-policies/" + created.json().get("id").asString(),
				policyJson(name, List.of("VA"), 240));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

		JsonNode second = this.fixtures.aTicket().inMarket("VA").open();
		JsonNode secondSla = awaitSla(second.get("id").asString(), s -> !s.get("firstReplyDueAt").isNull());
		assertThat(instant(secondSla, "firstReplyDueAt"))
			.isEqualTo(office.addBusinessMinutes(Instant.parse(second.get("createdAt").asString()), 240));
	}

	@Test
	void aNeverOpenCalendarIsFlaggedAndGivesNoDueTimes() {
		Api.Response stored = this.api.put("/api/v1/calendars/markets/MT", calendarJson("Europe/Malta", List.of()));
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		assertThat(stored.json().get("neverOpen").asBoolean()).isTrue();
		this.api.post("/api/v1/sla-policies", policyJson("Malta " + Fixtures.unique(), List.of("MT"), 60));

		JsonNode ticket = this.fixtures.aTicket().inMarket("MT").open();

		JsonNode sla = awaitSla(ticket.get("id").asString(), s -> s.get("neverOpen").asBoolean());
		assertThat(sla.get("firstReplyDueAt").isNull()).isTrue();
		assertThat(sla.get("calendar").asString()).isEqualTo("market:MT");
	}

	@Test
	void aTeamCalendarComesBeforeTheMarketCalendar() {
		storeBerlinOfficeFor("LI");
		this.api.post("/api/v1/sla-policies", policyJson("Liechtenstein " + Fixtures.unique(), List.of("LI"), 60));
		Api.Response team = this.api.post("/api/v1/teams", json(Map.of("name", "Night shift " + Fixtures.unique())));
		String teamId = team.json().get("id").asString();
		// Open around the clock: the first reply is due an hour after opening.
		List<Map<String, String>> always = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			always.add(Map.of("day", day.name(), "start", "00:00", "end", "00:00"));
		}
		assertThat(this.api.put("/api/v1/calendars/teams/" + teamId, calendarJson("UTC", always)).status())
			.isEqualTo(200);

		Api.Response created = this.api.post("/api/v1/tickets",
				json(Map.of("subject", "Night owl", "customer",
						Map.of("email", "owl." + Fixtures.unique() + "@example.com", "country", "LI"), "message",
						Map.of("body", "📦 #4471 ?"), "teamId", teamId)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Instant createdAt = Instant.parse(created.json().get("createdAt").asString());

		JsonNode sla = awaitSla(created.json().get("id").asString(), s -> !s.get("firstReplyDueAt").isNull());
		assertThat(sla.get("calendar").asString()).isEqualTo("team:" + teamId);
		assertThat(instant(sla, "firstReplyDueAt"))
			.isEqualTo(createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(Duration.ofHours(1)));
	}

	@Test
	void listsTicketsByTheirNextDueTimeWithCursorsAndThoseWithoutLast() {
		storeBerlinOfficeFor("MC");
		this.api.post("/api/v1/sla-policies", policyJson("Monaco " + Fixtures.unique(), List.of("MC"), 60));
		String customerEmail = "sorted." + Fixtures.unique() + "@example.com";
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			opened.add(this.fixtures.aTicket().from(customerEmail).inMarket("MC").open().get("id").asString());
		}
		for (String id : opened) {
			awaitSla(id, s -> !s.get("firstReplyDueAt").isNull());
		}
		String customer = this.api.get("/api/v1/tickets/" + opened.get(0)).json().get("customer").get("id").asString();

		List<String> seen = new ArrayList<>();
		List<Instant> dues = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = this.api
				.get("/api/v1/tickets?sort=due&limit=1&customer=" + customer
						+ (cursor == null ? "" : "&cursor=" + cursor))
				.json();
			page.get("items").valueStream().forEach(item -> {
				seen.add(item.get("id").asString());
				dues.add(Instant.parse(item.get("sla").get("firstReplyDueAt").asString()));
			});
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(seen).containsExactlyInAnyOrderElementsOf(opened);
		assertThat(dues).isSorted();
		assertFieldError(this.api.get("/api/v1/tickets?sort=sideways"), "sort");
	}

	@Test
	void raisingThePriorityCountsTheRunningTargetsByThePolicyThatAppliesNow() {
		this.fixtures.market("EE", "et", "EUR", "Europe/Tallinn");
		storeBerlinOfficeFor("EE");
		String normal = "Estonia normal " + Fixtures.unique();
		String urgent = "Estonia urgent " + Fixtures.unique();
		for (Map<String, Object> policy : List.of(
				Map.<String, Object>of("name", normal, "position", 6, "markets", List.of("EE"), "priorities",
						List.of("normal"), "firstReplyMinutes", 480, "resolutionMinutes", 2400),
				Map.<String, Object>of("name", urgent, "position", 7, "markets", List.of("EE"), "priorities",
						List.of("urgent"), "firstReplyMinutes", 30, "resolutionMinutes", 240))) {
			Api.Response created = this.api.post("/api/v1/sla-policies", json(policy));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		JsonNode ticket = this.fixtures.aTicket().inMarket("EE").open();
		String id = ticket.get("id").asString();
		Instant createdAt = Instant.parse(ticket.get("createdAt").asString());
		JsonNode before = awaitSla(id, s -> !s.get("firstReplyDueAt").isNull());
		assertThat(before.get("policy").asString()).isEqualTo(normal);
		assertThat(instant(before, "firstReplyDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(createdAt, 480));

		Api.Response raised = this.api.patch("/api/v1/tickets/" + id, json(Map.of("priority", "urgent")));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(200);

		JsonNode after = awaitSla(id, s -> urgent.equals(s.get("policy").asString()));
		assertThat(instant(after, "firstReplyDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(createdAt, 30));
		assertThat(instant(after, "resolutionDueAt")).isEqualTo(BERLIN_OFFICE.addBusinessMinutes(createdAt, 240));
	}

	private void storeBerlinOfficeFor(String market) {
		Api.Response stored = this.api.put("/api/v1/calendars/markets/" + market,
				calendarJson("Europe/Berlin", weeklyJson()));
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		assertThat(stored.json().get("neverOpen").asBoolean()).isFalse();
	}

	private JsonNode sla(String ticketId) {
		Api.Response response = this.api.get("/api/v1/tickets/" + ticketId);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("sla");
	}

	private JsonNode awaitSla(String ticketId, Predicate<JsonNode> condition) {
		return Eventually.satisfies("the SLA clocks of " + ticketId, () -> sla(ticketId), condition);
	}

	private static Instant instant(JsonNode sla, String field) {
		return Instant.parse(sla.get(field).asString());
	}

	private static String calendarJson(String zone, List<?> weekly) {
		return json(Map.of("zone", zone, "weekly", weekly));
	}

	private static List<Map<String, String>> weeklyJson() {
		return weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).stream()
			.map(i -> Map.of("day", i.day().name(), "start", i.start().toString(), "end", i.end().toString()))
			.toList();
	}

	private static String policyJson(String name, List<String> markets, int firstReplyMinutes) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("markets", markets);
		request.put("firstReplyMinutes", firstReplyMinutes);
		return json(request);
	}

	private static List<OpenInterval> weekdays(LocalTime open, LocalTime close) {
		List<OpenInterval> intervals = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			intervals.add(new OpenInterval(day, open, close));
		}
		return intervals;
	}

}
