package dev.meridian.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report figures from tickets that go through the real API: opened, replied to by agents
 * (natively or machine-translated), solved, reopened and solved again. Each test works in
 * a market no other test uses (Uruguay, Jordan, Paraguay), so the figures are exact.
 */
@IntegrationTest
class ReportLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Fixtures fixtures;

	Api asAgent;

	String range;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("UY", "es", "UYU", "America/Montevideo");
		this.fixtures.market("JO", "ar", "JOD", "Asia/Amman");
		this.fixtures.market("PY", "es", "PYG", "America/Asuncion");
		// A German-speaking agent: replies to Arabic tickets are translated (the tests'
		// route de:ar goes to the local DeepL stand-in).
		String agent = this.fixtures.agent("agent").get("id").asString();
		this.asAgent = this.api.withToken(
				this.fixtures.token("agent", agent, "tickets:read", "tickets:write", "language:translate").secret());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&zone=UTC";
	}

	@Test
	void reopenRateAndOneTouchCountEverySolveAndTakeBackAReopenedOne() {
		// one reply, solved: one-touch
		String oneTouch = ticket("UY", "es");
		reply(oneTouch, "Ya está en camino.", "es");
		status(oneTouch, "solved");
		// two replies, solved: not one-touch
		String twoReplies = ticket("UY", "es");
		reply(twoReplies, "Lo revisamos.", "es");
		reply(twoReplies, "Ya está en camino.", "es");
		status(twoReplies, "solved");
		// one reply, solved, reopened, solved again: two solves, one reopen, no one-touch
		String reopened = ticket("UY", "es");
		reply(reopened, "Ya está en camino.", "es");
		status(reopened, "solved");
		status(reopened, "open");
		status(reopened, "solved");
		// still open
		ticket("UY", "es");

		JsonNode uy = Eventually.satisfies("the tickets rolled up", () -> find(rows("groupBy=market&market=UY"), "UY"),
				r -> r != null && r.get("solved").asInt() == 4 && r.get("reopened").asInt() == 1
						&& r.get("tickets").asInt() == 4);
		assertThat(uy.get("backlog").asInt()).isEqualTo(1);
		assertThat(uy.get("reopenRate").asDouble()).isEqualTo(0.25);
		assertThat(uy.get("oneTouch").asInt()).isEqualTo(1);
		assertThat(uy.get("oneTouchShare").asDouble()).isEqualTo(0.25);
		assertThat(uy.get("firstReply").get("count").asInt()).isEqualTo(3);
		// Solved within minutes of opening: every resolution is short.
		assertThat(uy.get("resolution").get("p90Minutes").asLong()).isLessThan(60);

		// The same figures per channel: tickets opened on the API are "api" tickets.
		JsonNode api = row("groupBy=channel&market=UY", "api");
		assertThat(api.get("tickets").asInt()).isEqualTo(4);
		assertThat(api.get("reopened").asInt()).isEqualTo(1);
	}

	@Test
	void translatedAndNativeConversationsAreReportedApartAndRecomputingGivesTheSameFigures() {
		String translated = ticket("JO", "ar");
		Api.Response sent = this.asAgent.post("/api/v1/tickets/" + translated + "/replies/translated",
				json(Map.of("body", "Ihre Bestellung ist unterwegs.")));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("original").isNull()).isFalse();
		status(translated, "solved");
		String nativeTicket = ticket("JO", "ar");
		reply(nativeTicket, "طلبك في الطريق.", "ar");
		status(nativeTicket, "solved");
		ticket("JO", "ar");

		JsonNode rows = Eventually.satisfies("the tickets rolled up", () -> rows("groupBy=translated&market=JO"),
				r -> find(r, "translated") != null && find(r, "translated").get("solved").asInt() == 1
						&& find(r, "native") != null && find(r, "native").get("solved").asInt() == 1
						&& find(r, "native").get("tickets").asInt() == 2);
		assertThat(find(rows, "translated").get("tickets").asInt()).isEqualTo(1);
		assertThat(find(rows, "translated").get("oneTouch").asInt()).isEqualTo(1);
		assertThat(find(rows, "native").get("backlog").asInt()).isEqualTo(1);
		// Filtering gives the same as grouping.
		assertThat(row("groupBy=market&market=JO&translated=true", "JO").get("tickets").asInt()).isEqualTo(1);
		assertThat(row("groupBy=market&market=JO&translated=false", "JO").get("tickets").asInt()).isEqualTo(2);

		JsonNode byMarket = rows("groupBy=market&market=JO");
		JsonNode byLanguage = rows("groupBy=language&market=JO");
		JsonNode byTranslated = rows("groupBy=translated&market=JO");
		Api.Response recomputed = this.api.post("/api/v1/reports/recompute", "{}");
		assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
		assertThat(recomputed.json().get("tickets").asLong()).isGreaterThanOrEqualTo(3);

		assertThat(rows("groupBy=market&market=JO")).isEqualTo(byMarket);
		assertThat(rows("groupBy=language&market=JO")).isEqualTo(byLanguage);
		assertThat(rows("groupBy=translated&market=JO")).isEqualTo(byTranslated);
	}

	/**
	 * A ticket's targets count when its SLA clocks have a policy, and a target the clocks
	 * mark as missed counts as missed, on the event path and when recomputed alike: the
	 * rollups read the clocks with the ticket's analytics row.
	 */
	@Test
	void targetsCountFromTheTicketsServiceLevelClocksAndRecomputingGivesTheSameFigures() {
		String policy = "Paraguay reports " + Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/sla-policies", json(Map.of("name", policy, "position", 1,
				"markets", List.of("PY"), "channels", List.of(), "firstReplyMinutes", 240, "resolutionMinutes", 2880)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String missed = ticket("PY", "es");
		String met = ticket("PY", "es");
		for (String ticket : List.of(missed, met)) {
			Eventually.satisfies("the SLA clocks of " + ticket,
					() -> this.api.get("/api/v1/tickets/" + ticket).json().get("sla"), sla -> sla.hasNonNull("policy"));
		}
		// Due in hours: the check would mark the miss only then. Marked as the SLA module
		// marks it, before the reply that comes too late.
		this.jdbc.update("update sla_clocks set breaches = '{FIRST_REPLY}' where ticket_id = ?",
				UUID.fromString(missed));
		for (String ticket : List.of(missed, met)) {
			reply(ticket, "Ya está en camino.", "es");
			status(ticket, "solved");
		}

		JsonNode py = Eventually.satisfies("the tickets rolled up", () -> find(rows("groupBy=market&market=PY"), "PY"),
				r -> r != null && r.get("solved").asInt() == 2);
		JsonNode sla = py.get("sla");
		assertThat(sla.get("firstReplyTargets").asLong()).isEqualTo(2);
		assertThat(sla.get("firstReplyAttainment").asDouble()).isEqualTo(0.5);
		assertThat(sla.get("resolutionTargets").asLong()).isEqualTo(2);
		assertThat(sla.get("resolutionAttainment").asDouble()).isEqualTo(1.0);
		assertThat(py.get("slaAttainment").asDouble()).isEqualTo(0.75);

		JsonNode byMarket = rows("groupBy=market&market=PY");
		Api.Response recomputed = this.api.post("/api/v1/reports/recompute", "{}");
		assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
		assertThat(rows("groupBy=market&market=PY")).isEqualTo(byMarket);
	}

	@Test
	void onlyAdminsRecomputeAndSupervisorsRead() {
		String supervisor = this.fixtures.agent("supervisor").get("id").asString();
		Api asSupervisor = this.api.withToken(this.fixtures.token("supervisor", supervisor, "tickets:read").secret());
		assertThat(asSupervisor.get("/api/v1/reports/summary?" + this.range).status()).isEqualTo(200);
		assertThat(asSupervisor.post("/api/v1/reports/recompute", "{}").status()).isEqualTo(403);
		assertThat(this.asAgent.get("/api/v1/reports/summary?" + this.range).status()).isEqualTo(403);
	}

	private String ticket(String market, String language) {
		return this.fixtures.aTicket().inMarket(market).inLanguage(language).open().get("id").asString();
	}

	private void reply(String ticket, String body, String language) {
		Api.Response response = this.asAgent.post("/api/v1/tickets/" + ticket + "/messages",
				json(Map.of("body", body, "language", language)));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private void status(String ticket, String status) {
		Api.Response response = this.api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", status)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode rows(String parameters) {
		Api.Response response = this.api.get("/api/v1/reports/summary?" + this.range + "&" + parameters);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("rows");
	}

	private JsonNode row(String parameters, String key) {
		JsonNode row = find(rows(parameters), key);
		assertThat(row).as("row " + key + " of " + parameters).isNotNull();
		return row;
	}

	private static JsonNode find(JsonNode rows, String key) {
		for (JsonNode row : rows) {
			if (row.get("key").asString().equals(key)) {
				return row;
			}
		}
		return null;
	}

}
