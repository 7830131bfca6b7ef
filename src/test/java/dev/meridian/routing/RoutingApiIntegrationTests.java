package dev.meridian.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Availability and routing through the real HTTP API: agents in Lisbon, Manila and Mexico
 * City with shifts around the real time of the test run.
 */
@IntegrationTest
class RoutingApiIntegrationTests {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	final List<String> agentsToSendHome = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port).withHeader("Accept-Language", "en");
		this.fixtures = new Fixtures(this.api);
	}

	@AfterEach
	void sendAgentsHome() {
		// All test classes share one server: agents left online would take other tests'
		// tickets.
		for (String agent : this.agentsToSendHome) {
			this.api.put("/api/v1/agents/" + agent + "/presence", json(Map.of("presence", "offline")));
		}
	}

	@Test
	void setsAndReadsAnAgentsAvailability() {
		String agent = agent("Europe/Lisbon", "pt", "native");
		Map<String, Object> availability = availability(
				List.of(shift("monday", "09:00", "17:00"), shift("friday", "22:00", "02:00")),
				Map.of("country", "PT", "subdivision", ""), 12, 2);

		Api.Response put = this.api.put("/api/v1/agents/" + agent + "/availability", json(availability));

		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		JsonNode read = this.api.get("/api/v1/agents/" + agent + "/availability").json();
		assertThat(read.get("timeZone").asString()).isEqualTo("Europe/Lisbon");
		assertThat(read.get("shifts").size()).isEqualTo(2);
		assertThat(read.get("shifts").get(1).get("end").asString()).isEqualTo("02:00");
		assertThat(read.get("holidayRegion").get("country").asString()).isEqualTo("PT");
		assertThat(read.get("capacity").get("maxOpenTickets").asInt()).isEqualTo(12);
		assertThat(read.get("presence").asString()).isEqualTo("offline");
		assertThat(read.get("nextShiftStart").isNull()).isFalse();
	}

	@Test
	void rejectsOverlappingShiftsAndUnknownRegionsNamingTheField() {
		String agent = agent("Asia/Manila", "tl", "native");
		String path = "/api/v1/agents/" + agent + "/availability";

		assertFieldError(this.api.put(path,
				json(availability(List.of(shift("monday", "09:00", "17:00"), shift("monday", "16:00", "20:00")), null,
						10, 1))),
				"shifts");
		assertFieldError(
				this.api
					.put(path,
							json(availability(List.of(shift("monday", "09:00", "17:00")),
									Map.of("country", "PH", "subdivision", "ZZ"), 10, 1))),
				"holidayRegion.subdivision");
		assertFieldError(
				this.api.put(path,
						json(availability(List.of(shift("monday", "09:00", "17:00")), Map.of("country", "XX"), 10, 1))),
				"holidayRegion.country");
		assertFieldError(
				this.api.put(path, json(availability(List.of(shift("moonday", "09:00", "17:00")), null, 10, 1))),
				"shifts[0].day");
		assertFieldError(this.api.put(path, json(availability(List.of(shift("monday", "9am", "17:00")), null, 10, 1))),
				"shifts[0].start");
	}

	@Test
	void plansTimeOffAndRejectsOverlaps() {
		String agent = agent("America/Mexico_City", "es", "native");
		String path = "/api/v1/agents/" + agent + "/time-off";

		Api.Response days = this.api.post(path, json(Map.of("firstDay", "2026-12-24", "lastDay", "2026-12-26")));
		Api.Response span = this.api.post(path,
				json(Map.of("startsAt", "2026-12-28T09:00:00-06:00", "endsAt", "2026-12-28T12:00:00-06:00")));

		assertThat(days.status()).as(days.toString()).isEqualTo(201);
		assertThat(span.status()).as(span.toString()).isEqualTo(201);
		assertFieldError(this.api.post(path, json(Map.of("firstDay", "2026-12-26", "lastDay", "2026-12-27"))),
				"firstDay");
		assertFieldError(this.api.post(path, json(Map.of("firstDay", "2026-12-29", "lastDay", "2026-12-28"))),
				"lastDay");
		assertThat(this.api.get(path).json().get("items").size()).isEqualTo(2);
		assertThat(this.api.delete(path + "/" + days.json().get("id").asString()).status()).isEqualTo(204);
		assertThat(this.api.get(path).json().get("items").size()).isEqualTo(1);
	}

	@Test
	void aDayOffInTheAgentsZoneMakesThemUnavailable() {
		String agent = agent("Asia/Manila", "tl", "native");
		List<Map<String, Object>> everyDay = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			everyDay.add(shift(day.name().toLowerCase(Locale.ROOT), "00:00", "00:00"));
		}
		assertThat(this.api.put("/api/v1/agents/" + agent + "/availability", json(availability(everyDay, null, 10, 1)))
			.json()
			.get("availableNow")
			.asBoolean()).isTrue();
		String today = java.time.LocalDate.now(ZoneId.of("Asia/Manila")).toString();

		Api.Response dayOff = this.api.post("/api/v1/agents/" + agent + "/time-off",
				json(Map.of("firstDay", today, "lastDay", today)));

		assertThat(dayOff.status()).as(dayOff.toString()).isEqualTo(201);
		JsonNode availability = this.api.get("/api/v1/agents/" + agent + "/availability").json();
		assertThat(availability.get("availableNow").asBoolean()).isFalse();
		assertThat(availability.get("nextShiftStart").asString()).isNotEmpty();
		this.api.delete("/api/v1/agents/" + agent + "/time-off/" + dayOff.json().get("id").asString());
		assertThat(this.api.get("/api/v1/agents/" + agent + "/availability").json().get("availableNow").asBoolean())
			.isTrue();
	}

	@Test
	void agentsSetTheirOwnPresenceOnly() {
		String self = agent("Europe/Lisbon", "pt", "native");
		String other = agent("Europe/Lisbon", "pt", "native");
		Api asSelf = Api.on(this.port).withToken(this.fixtures.token("agent", self, "tickets:read").secret());

		Api.Response own = asSelf.put("/api/v1/agents/" + self + "/presence", json(Map.of("presence", "away")));
		Api.Response others = asSelf.put("/api/v1/agents/" + other + "/presence", json(Map.of("presence", "away")));

		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("presence").asString()).isEqualTo("away");
		assertProblem(others, 403);
		assertFieldError(asSelf.put("/api/v1/agents/" + self + "/presence", json(Map.of("presence", "asleep"))),
				"presence");
	}

	@Test
	void routesToASpeakerOnShiftWithAReasonAndQueuesWhenNobodyFits() throws InterruptedException {
		// Manila reads Japanese and works now; Lisbon reads Portuguese and works now;
		// Mexico City reads Spanish, works now but is offline at first.
		String manila = agent("Asia/Manila", "ja", "native");
		String lisbon = agent("Europe/Lisbon", "pt", "native");
		String mexico = agent("America/Mexico_City", "es", "native");
		String offShift = agent("Asia/Tokyo", "ja", "native");
		onShiftNow(manila, "Asia/Manila");
		onShiftNow(lisbon, "Europe/Lisbon");
		onShiftNow(mexico, "America/Mexico_City");
		offShiftNow(offShift, "Asia/Tokyo");
		presence(manila, "online");
		presence(lisbon, "online");
		presence(offShift, "online");

		JsonNode japanese = this.fixtures.aTicket().from(lettersOnlyEmail()).inLanguage("ja").open();
		JsonNode routed = assigned("the Japanese ticket assigned", japanese);

		assertThat(routed.get("assignee").get("id").asString()).isEqualTo(manila);
		assertThat(routed.get("assignmentReason").asString()).contains("Japanese", "native", "Manila");

		JsonNode brazilian = this.fixtures.aTicket().from(lettersOnlyEmail()).inLanguage("pt-BR").open();
		assertThat(assigned("the Brazilian ticket assigned", brazilian).get("assignee").get("id").asString())
			.isEqualTo(lisbon);

		JsonNode spanish = this.fixtures.aTicket().from(lettersOnlyEmail()).inLanguage("es").open();
		JsonNode queued = Eventually.present("the Spanish ticket in the queue",
				() -> queued(spanish.get("id").asString()));
		assertThat(queued.get("reason").asString()).isEqualTo("no Spanish speaker online (1 on shift)");
		assertThat(this.api.get("/api/v1/tickets/" + spanish.get("id").asString()).json().get("assignee").isNull())
			.isTrue();

		presence(mexico, "online");

		JsonNode taken = assigned("the Spanish ticket taken from the queue", spanish);
		assertThat(taken.get("assignee").get("id").asString()).isEqualTo(mexico);
		assertThat(taken.get("assignmentReason").asString()).contains("Spanish", "Mexico City");
	}

	/**
	 * Decisions run in parallel, each holding only the lock of the agent it assigns to: a
	 * burst of tickets must still never push an agent past their capacity, and the rest
	 * wait.
	 */
	@Test
	void aBurstOfTicketsNeverTakesAnAgentPastCapacity() throws Exception {
		String reykjavik = agent("Atlantic/Reykjavik", "is", "native");
		String akureyri = agent("Atlantic/Reykjavik", "is", "native");
		for (String agent : List.of(reykjavik, akureyri)) {
			ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Atlantic/Reykjavik")).minusHours(2);
			Api.Response response = this.api.put("/api/v1/agents/" + agent + "/availability",
					json(availability(List.of(shift(start.getDayOfWeek(), start, start.plusHours(4))), null, 3, 1)));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			presence(agent, "online");
		}

		int burst = 10;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(burst);
		List<java.util.concurrent.Future<JsonNode>> opened = new ArrayList<>();
		try {
			for (int i = 0; i < burst; i++) {
				opened.add(pool.submit(() -> this.fixtures.aTicket().from(lettersOnlyEmail()).inLanguage("is").open()));
			}
			List<String> ids = new ArrayList<>();
			for (java.util.concurrent.Future<JsonNode> future : opened) {
				ids.add(future.get().get("id").asString());
			}
			List<JsonNode> decided = Eventually.satisfies("every Icelandic ticket assigned or queued",
					() -> ids.stream().map(id -> this.api.get("/api/v1/tickets/" + id).json()).toList(),
					tickets -> tickets.stream()
						.allMatch(t -> !t.get("assignee").isNull() || queued(t.get("id").asString()) != null));
			Map<String, Integer> perAgent = new java.util.HashMap<>();
			decided.stream()
				.filter(t -> !t.get("assignee").isNull())
				.forEach(t -> perAgent.merge(t.get("assignee").get("id").asString(), 1, Integer::sum));
			assertThat(perAgent).containsOnlyKeys(reykjavik, akureyri);
			assertThat(perAgent.values()).allSatisfy(count -> assertThat(count).isEqualTo(3));
			assertThat(decided.stream().filter(t -> t.get("assignee").isNull())).hasSize(burst - 6)
				.allSatisfy(t -> assertThat(queued(t.get("id").asString()).get("reason").asString())
					.isEqualTo("every Icelandic speaker on shift is at capacity"));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void answersCoverageAsJsonAndRejectsUnknownZonesAndWeeks() {
		String agent = agent("Europe/Lisbon", "pt", "native");
		put(agent, shift("wednesday", "09:00", "17:00"));

		Api.Response response = this.api.get("/api/v1/coverage?week=2026-W50&zone=Europe/Lisbon");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("monday").asString()).isEqualTo("2026-12-07");
		JsonNode portuguese = response.json()
			.get("languages")
			.valueStream()
			.filter(l -> l.get("language").asString().equals("pt"))
			.findFirst()
			.orElseThrow();
		assertThat(portuguese.get("name").asString()).isEqualTo("Portuguese");
		assertThat(portuguese.get("days").get(2).get("hours").get(10).asString()).isEqualTo("covered");
		assertThat(portuguese.get("days").get(0).get("hours").get(10).asString()).isIn("uncovered", "partial",
				"covered");
		assertFieldError(this.api.get("/api/v1/coverage?zone=Mars/Olympus"), "zone");
		assertFieldError(this.api.get("/api/v1/coverage?week=2026-W60"), "week");
		assertFieldError(this.api.get("/api/v1/coverage?week=soon"), "week");
	}

	/**
	 * A customer address without digits: Japanese analysis splits "k3x9" into single
	 * characters, and other test classes' fuzzy searches for their own unique tokens
	 * would then find these tickets.
	 */
	static String lettersOnlyEmail() {
		StringBuilder name = new StringBuilder("routing.");
		java.util.concurrent.ThreadLocalRandom.current().ints(16, 'a', 'z' + 1).forEach(c -> name.append((char) c));
		return name + "@example.com";
	}

	private String agent(String zone, String language, String proficiency) {
		String suffix = Fixtures.unique();
		Api.Response response = this.api.post("/api/v1/agents",
				json(Map.of("email", "routing." + suffix + "@example.com", "displayName", "Agent " + suffix, "role",
						"agent", "timeZone", zone, "uiLanguage", "en", "languages",
						List.of(Map.of("language", language, "proficiency", proficiency)))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		String id = response.json().get("id").asString();
		this.agentsToSendHome.add(id);
		return id;
	}

	/** A shift from two hours ago to two hours ahead on the agent's wall clock. */
	private void onShiftNow(String agent, String zone) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of(zone)).minusHours(2);
		put(agent, shift(start.getDayOfWeek(), start, start.plusHours(4)));
	}

	/** A shift that began ten hours ago and ended six hours ago. */
	private void offShiftNow(String agent, String zone) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of(zone)).minusHours(10);
		put(agent, shift(start.getDayOfWeek(), start, start.plusHours(4)));
	}

	private void put(String agent, Map<String, Object> shift) {
		Api.Response response = this.api.put("/api/v1/agents/" + agent + "/availability",
				json(availability(List.of(shift), null, 10, 2)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private void presence(String agent, String presence) {
		Api.Response response = this.api.put("/api/v1/agents/" + agent + "/presence",
				json(Map.of("presence", presence)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode read(JsonNode ticket) {
		return this.api.get("/api/v1/tickets/" + ticket.get("id").asString()).json();
	}

	private JsonNode assigned(String what, JsonNode ticket) {
		return Eventually.satisfies(what, () -> read(ticket), t -> !t.get("assignee").isNull());
	}

	private @Nullable JsonNode queued(String ticketId) {
		for (JsonNode waiting : this.api.get("/api/v1/routing/queue").json().get("items")) {
			if (waiting.get("ticketId").asString().equals(ticketId)) {
				return waiting;
			}
		}
		return null;
	}

	private static Map<String, Object> shift(DayOfWeek day, ZonedDateTime start, ZonedDateTime end) {
		return shift(day.name().toLowerCase(Locale.ROOT), start.format(HH_MM), end.format(HH_MM));
	}

	private static Map<String, Object> shift(String day, String start, String end) {
		return Map.of("day", day, "start", start, "end", end);
	}

	private static Map<String, Object> availability(List<Map<String, Object>> shifts, Map<String, Object> region,
			int maxOpenTickets, int maxChats) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("shifts", shifts);
		request.put("holidayRegion", region);
		request.put("capacity", Map.of("maxOpenTickets", maxOpenTickets, "maxConcurrentChats", maxChats));
		return request;
	}

}
