package dev.meridian.tickets.reviews;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversation reviews through the HTTP API and the workspace: a supervisor scores a
 * solved conversation with a comment in English, the Spanish-speaking agent who answered
 * reads it in Spanish, and the averages show per agent, language and market in the
 * reports; bad input gets its problem.
 */
@IntegrationTest
class ReviewApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void aSupervisorsReviewReachesTheAgentInTheirLanguageAndTheReports() {
		// Bolivia: a market of its own (ReportLifecycleIntegrationTests counts the
		// tickets of UY).
		this.fixtures.market("BO", "es", "BOB", "America/La_Paz");
		String email = "lucia." + Fixtures.unique() + "@meridian.example";
		String agent = agent(email, "Lucía Pereira " + Fixtures.unique(), "es");
		Api asAgent = this.api.withToken(this.fixtures.token("agent", agent, "tickets:read", "tickets:write").secret());
		// Assigned to someone else: who answered the customer is who is reviewed.
		String colleague = this.fixtures.agent("agent").get("id").asString();
		JsonNode ticket = this.fixtures.aTicket()
			.inMarket("BO")
			.inLanguage("es")
			.assignedTo(colleague)
			.saying("Hola, ¿dónde está mi pedido?")
			.open();
		String id = ticket.get("id").asString();
		assertThat(asAgent
			.post("/api/v1/tickets/" + id + "/messages",
					json(Map.of("body", "Hola, su pedido sale mañana.", "language", "es")))
			.status()).isEqualTo(201);
		JsonNode supervisorAgent = this.fixtures.agent("supervisor");
		Api asSupervisor = this.api.withToken(
				this.fixtures.token("supervisor", supervisorAgent.get("id").asString(), "tickets:read", "tickets:write")
					.secret());

		Api.Response early = asSupervisor.post("/api/v1/tickets/" + id + "/reviews", review(5, 4, 3, 4, 5));
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.json().get("type").asString()).contains("review-ticket-not-solved");

		solve(id);
		String comment = "The answer was correct and friendly. Please check the order number next time.";
		Api.Response created = asSupervisor.post("/api/v1/tickets/" + id + "/reviews",
				json(Map.of("scores", scores(5, 4, 3, 4, 5), "comment", comment, "commentLanguage", "en")));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/v1/tickets/" + id + "/reviews/");
		assertThat(created.json().get("agentId").asString()).isEqualTo(agent);
		assertThat(created.json().get("overall").asDouble()).isEqualTo(4.2);
		assertThat(created.json().get("market").asString()).isEqualTo("BO");

		// The local engine may still be starting: until then the comment comes as
		// written.
		JsonNode mine = Eventually.satisfies("the comment in Spanish",
				() -> single(asAgent.get("/api/v1/reviews").json()), r -> !r.get("commentTranslated").isNull());
		assertThat(mine.get("ticketId").asString()).isEqualTo(id);
		assertThat(mine.get("comment").asString()).isEqualTo(comment);
		assertThat(mine.get("commentLanguage").asString()).isEqualTo("en");
		assertThat(mine.get("translatedLanguage").asString()).isEqualTo("es");
		assertThat(mine.get("translationEngine").asString()).isEqualTo("apertium");
		assertThat(mine.get("commentTranslated").asString()).isNotBlank().isNotEqualTo(comment);
		assertThat(mine.get("scores").get("culturallyAppropriate").asInt()).isEqualTo(4);
		assertThat(single(asAgent.get("/api/v1/tickets/" + id + "/reviews").json()).get("id").asString())
			.isEqualTo(mine.get("id").asString());
		// The colleague it was assigned to reads no review of this conversation.
		Api asColleague = this.api
			.withToken(this.fixtures.token("agent", colleague, "tickets:read", "tickets:write").secret());
		assertThat(asColleague.get("/api/v1/tickets/" + id + "/reviews").json().get("items")).isEmpty();
		Api.Response others = asAgent.get("/api/v1/reviews?agentId=" + colleague);
		assertThat(others.status()).isEqualTo(403);
		assertThat(others.contentType()).startsWith("application/problem+json");

		JsonNode byAgent = row(asSupervisor.get("/api/v1/reports/reviews?groupBy=agent").json(), agent);
		assertThat(byAgent.get("reviews").asLong()).isEqualTo(1);
		assertThat(byAgent.get("overall").asDouble()).isEqualTo(4.2);
		assertThat(byAgent.get("averages").get("correct").asDouble()).isEqualTo(5.0);
		assertThat(byAgent.get("averages").get("empathetic").asDouble()).isEqualTo(3.0);
		assertThat(byAgent.get("label").asString()).startsWith("Lucía Pereira");
		JsonNode byMarket = row(asSupervisor.get("/api/v1/reports/reviews?groupBy=market").json(), "BO");
		assertThat(byMarket.get("reviews").asLong()).isEqualTo(1);
		assertThat(byMarket.get("averages").get("followedPlaybook").asDouble()).isEqualTo(5.0);
		assertThat(
				row(asSupervisor.get("/api/v1/reports/reviews?groupBy=language").json(), "es").get("reviews").asLong())
			.isGreaterThanOrEqualTo(1);
		assertThat(asAgent.get("/api/v1/reports/reviews").status()).isEqualTo(403);

		Workspace lead = Workspace.signedInAs(this.port, "supervisor", "en");
		HttpResponse<String> reports = lead.get("/app/reports?groupBy=agent");
		assertThat(reports.statusCode()).isEqualTo(200);
		assertThat(reports.body()).contains("Conversation reviews")
			.contains("data-key=\"" + agent + "\"")
			.contains("Lucía Pereira");
		assertThat(lead.get("/app/reports?groupBy=market").body()).contains("id=\"report-reviews\"")
			.contains("data-key=\"BO\"");

		Workspace lucia = Workspace.signedInWith(this.port, email);
		String page = lucia.get("/app/reviews").body();
		assertThat(page).contains("Mis evaluaciones")
			.contains(mine.get("commentTranslated").asString().substring(0, 10))
			.contains(comment.substring(0, 20));
		String panel = lucia.get("/app/tickets/" + ticket.get("number").asLong() + "/reviews").body();
		assertThat(panel).contains("data-review=\"" + mine.get("id").asString() + "\"").doesNotContain("review-form");
	}

	@Test
	void aSupervisorReviewsFromTheTicketScreen() {
		String agent = this.fixtures.agent("agent").get("id").asString();
		JsonNode ticket = this.fixtures.aTicket().assignedTo(agent).open();
		solve(ticket.get("id").asString());
		long number = ticket.get("number").asLong();
		Workspace lead = Workspace.signedInAs(this.port, "supervisor", "de");

		assertThat(lead.get("/app/tickets/" + number).body()).contains("/app/tickets/" + number + "/reviews");
		assertThat(lead.get("/app/tickets/" + number + "/reviews").body()).contains("review-form")
			.contains("Kulturell angemessen");
		HttpResponse<String> posted = lead.post("/app/tickets/" + number + "/reviews",
				"correct=4&clear=4&empathetic=5&culturallyAppropriate=3&followedPlaybook=2&commentLanguage=de&comment="
						+ Workspace.encode("Gut gelöst, aber bitte den Leitfaden beachten."));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(lead.get("/app/tickets/" + number).body()).contains("Bewertung gespeichert.");

		JsonNode review = single(this.api.get("/api/v1/tickets/" + ticket.get("id").asString() + "/reviews").json());
		assertThat(review.get("agentId").asString()).isEqualTo(agent);
		assertThat(review.get("overall").asDouble()).isEqualTo(3.6);
		assertThat(review.get("commentLanguage").asString()).isEqualTo("de");

		HttpResponse<String> outOfRange = lead.post("/app/tickets/" + number + "/reviews",
				"correct=9&clear=4&empathetic=5&culturallyAppropriate=3&followedPlaybook=2");
		assertThat(outOfRange.statusCode()).isEqualTo(302);
		assertThat(lead.get("/app/tickets/" + number).body()).contains("mit 1 bis 5");
	}

	@Test
	void badReviewsGetTheirProblems() {
		String agent = this.fixtures.agent("agent").get("id").asString();
		String id = this.fixtures.aTicket().assignedTo(agent).open().get("id").asString();
		solve(id);

		Api.Response tooHigh = this.api.post("/api/v1/tickets/" + id + "/reviews", review(5, 6, 3, 4, 5));
		assertThat(tooHigh.status()).as(tooHigh.toString()).isEqualTo(400);
		assertThat(tooHigh.contentType()).startsWith("application/problem+json");
		assertThat(tooHigh.text()).contains("scores.clear");
		assertThat(this.api.post("/api/v1/tickets/" + id + "/reviews", review(0, 4, 3, 4, 5)).status()).isEqualTo(400);
		Api.Response missing = this.api.post("/api/v1/tickets/" + id + "/reviews",
				json(Map.of("scores", Map.of("correct", 5))));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");

		Api asAgent = this.api.withToken(this.fixtures.token("agent", agent, "tickets:read", "tickets:write").secret());
		Api.Response byAgent = asAgent.post("/api/v1/tickets/" + id + "/reviews", review(5, 5, 5, 5, 5));
		assertThat(byAgent.status()).as(byAgent.toString()).isEqualTo(403);
		assertThat(byAgent.contentType()).startsWith("application/problem+json");
		assertThat(asAgent.get("/api/v1/reviews/sample").status()).isEqualTo(403);

		assertThat(this.api.post("/api/v1/tickets/" + java.util.UUID.randomUUID() + "/reviews", review(5, 5, 5, 5, 5))
			.status()).isEqualTo(404);
		String nobodys = this.fixtures.aTicket().open().get("id").asString();
		solve(nobodys);
		Api.Response noAgent = this.api.post("/api/v1/tickets/" + nobodys + "/reviews", review(5, 5, 5, 5, 5));
		assertThat(noAgent.status()).isEqualTo(409);
		assertThat(noAgent.json().get("type").asString()).contains("review-no-agent");
		assertThat(this.api.get("/api/v1/reviews/sample?week=2026-W99").status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/reports/reviews?groupBy=channel").status()).isEqualTo(400);
		// The server keeps no review of any of these.
		assertThat(this.api.get("/api/v1/tickets/" + id + "/reviews").json().get("items")).isEmpty();
	}

	@Test
	void theWeeksSampleProposesUnreviewedConversationsPerAgentAndStaysTheSame() {
		String agent = this.fixtures.agent("agent").get("id").asString();
		List<String> solved = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String id = this.fixtures.aTicket().assignedTo(agent).open().get("id").asString();
			solve(id);
			solved.add(id);
		}
		JsonNode first = sampleOf(this.api.get("/api/v1/reviews/sample?zone=UTC").json(), agent);
		assertThat(first.get("conversations")).hasSize(2);
		List<String> proposed = ids(first);
		assertThat(solved).containsAll(proposed);
		assertThat(ids(sampleOf(this.api.get("/api/v1/reviews/sample?zone=UTC").json(), agent))).isEqualTo(proposed);

		assertThat(this.api.post("/api/v1/tickets/" + proposed.get(0) + "/reviews", review(4, 4, 4, 4, 4)).status())
			.isEqualTo(201);

		JsonNode after = this.api.get("/api/v1/reviews/sample?zone=UTC").json();
		assertThat(after.get("week").asString()).matches("\\d{4}-W\\d{2}");
		assertThat(ids(sampleOf(after, agent))).containsExactly(proposed.get(1));
	}

	private void solve(String id) {
		Api.Response solved = this.api.patch("/api/v1/tickets/" + id, json(Map.of("status", "solved")));
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
	}

	private String agent(String email, String name, String uiLanguage) {
		Api.Response created = this.api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", name, "role", "agent", "timeZone", "America/Montevideo",
						"uiLanguage", uiLanguage, "password", Workspace.PASSWORD, "languages",
						List.of(Map.of("language", "es", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String review(int correct, int clear, int empathetic, int cultural, int playbook) {
		return json(Map.of("scores", scores(correct, clear, empathetic, cultural, playbook)));
	}

	private static Map<String, Integer> scores(int correct, int clear, int empathetic, int cultural, int playbook) {
		return Map.of("correct", correct, "clear", clear, "empathetic", empathetic, "culturallyAppropriate", cultural,
				"followedPlaybook", playbook);
	}

	private static JsonNode single(JsonNode list) {
		assertThat(list.get("items")).as(list.toString()).hasSize(1);
		return list.get("items").get(0);
	}

	private static JsonNode row(JsonNode report, String key) {
		assertThat(report.has("rows")).as(report.toString()).isTrue();
		for (JsonNode row : report.get("rows")) {
			if (row.get("key").asString().equals(key)) {
				return row;
			}
		}
		throw new AssertionError(key + " not in " + report);
	}

	private static JsonNode sampleOf(JsonNode sample, String agent) {
		for (JsonNode entry : sample.get("agents")) {
			if (entry.get("agentId").asString().equals(agent)) {
				return entry;
			}
		}
		throw new AssertionError(agent + " not in " + sample);
	}

	private static List<String> ids(JsonNode agentSample) {
		List<String> ids = new java.util.ArrayList<>();
		agentSample.get("conversations").forEach(c -> ids.add(c.get("ticketId").asString()));
		return ids;
	}

}
