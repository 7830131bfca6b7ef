package dev.meridian.commerce.goodwill;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Goodwill through the real HTTP API: an agent with a 50 EUR authority grants within it
 * at once, asks a supervisor above it, and an amount in another currency is compared
 * after conversion at the stored rate.
 */
@IntegrationTest
class GoodwillApiIntegrationTests {

	@LocalServerPort
	int port;

	Api admin;

	Fixtures fixtures;

	String agentId;

	Api agent;

	Api supervisor;

	String ticketId;

	@BeforeEach
	void setUp() {
		this.admin = Api.on(this.port);
		this.fixtures = new Fixtures(this.admin);
		this.fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		// A yen rate for today in Berlin: 1 EUR = 160 JPY (hand-entered rates are the
		// day's).
		Api.Response rates = this.admin.post("/api/v1/commerce/exchange-rates", json(Map.of("base", "EUR", "date",
				LocalDate.now(ZoneId.of("Europe/Berlin")).toString(), "rates", Map.of("JPY", "160"))));
		assertThat(rates.status()).as(rates.toString()).isIn(200, 201);
		this.agentId = this.fixtures.agent("agent").get("id").asString();
		Api.Response limits = this.admin.put("/api/v1/commerce/goodwill/limits/agents/" + this.agentId,
				json(Map.of("limits", List.of(Map.of("amount", "50.00", "currency", "EUR")))));
		assertThat(limits.status()).as(limits.toString()).isEqualTo(200);
		this.agent = this.admin
			.withToken(this.fixtures.token("agent", this.agentId, "tickets:read", "commerce:write").secret());
		String supervisorId = this.fixtures.agent("supervisor").get("id").asString();
		this.supervisor = this.admin.withToken(
				this.fixtures.token("supervisor", supervisorId, "tickets:read", "commerce:read", "commerce:write")
					.secret());
		this.ticketId = this.fixtures.aTicket().inMarket("DE").inLanguage("de").open().get("id").asString();
	}

	@Test
	void showsTheAgentsAuthorityWithItsCurrency() {
		JsonNode authority = this.agent.get("/api/v1/agents/" + this.agentId + "/authority").json();

		assertThat(authority.get("source").asString()).isEqualTo("agent");
		assertThat(authority.get("limits").get(0).get("amount").asString()).isEqualTo("50.00");
		assertThat(authority.get("limits").get(0).get("currency").asString()).isEqualTo("EUR");

		String other = this.fixtures.agent("agent").get("id").asString();
		assertThat(this.agent.get("/api/v1/agents/" + other + "/authority").json().get("source").asString())
			.isEqualTo("role");
	}

	@Test
	void grantsWithinTheAuthorityAndNotesItOnTheTicket() {
		Api.Response granted = ask(this.agent, "refund", "30.00", "EUR");

		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		assertThat(granted.json().get("status").asString()).isEqualTo("granted");
		assertThat(granted.json().get("approvalId").isNull()).isTrue();
		assertThat(granted.json().get("limit").get("amount").asString()).isEqualTo("50.00");
		assertThat(granted.json().get("reason").asString()).isEqualTo("Parcel arrived late twice");
		assertThat(granted.json().get("reasonLanguage").asString()).as("detected").isEqualTo("en");
		// The agent works in German: the note is theirs, in their language, with the
		// amount as Germans write it.
		assertThat(internalNotes()).anySatisfy(note -> assertThat(note).contains("Erstattung").contains("30,00"));
	}

	@Test
	void asksASupervisorAboveTheAuthorityWhoApproves() {
		Api.Response pending = ask(this.agent, "credit", "80.00", "EUR");

		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
		assertThat(pending.json().get("status").asString()).isEqualTo("pending-approval");
		String approvalId = pending.json().get("approvalId").asString();
		assertThat(ids(this.supervisor.get("/api/v1/commerce/goodwill/approvals?status=pending"))).contains(approvalId);
		assertThat(internalNotes()).noneSatisfy(note -> assertThat(note).contains("80,00"));

		assertProblem(this.agent.get("/api/v1/commerce/goodwill/approvals?status=pending"), 403);
		assertProblem(decide(this.agent, approvalId, "approve"), 403);

		Api.Response approved = decide(this.supervisor, approvalId, "approve");
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("granted");
		assertThat(approved.json().get("note").asString()).isEqualTo("ok");
		assertThat(ids(this.supervisor.get("/api/v1/commerce/goodwill/approvals?status=pending")))
			.doesNotContain(approvalId);
		assertThat(ids(this.supervisor.get("/api/v1/commerce/goodwill/approvals?status=approved")))
			.contains(approvalId);
		assertThat(internalNotes()).anySatisfy(note -> assertThat(note).contains("80,00"));

		assertProblem(decide(this.supervisor, approvalId, "reject"), 409);
	}

	@Test
	void aRejectedRequestIsNotGranted() {
		String approvalId = ask(this.agent, "refund", "120.00", "EUR").json().get("approvalId").asString();

		// A note is optional.
		Api.Response rejected = this.supervisor.post("/api/v1/commerce/goodwill/approvals/" + approvalId,
				json(Map.of("decision", "reject")));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
		assertThat(rejected.json().get("note").isNull()).isTrue();
		assertThat(ids(this.supervisor.get("/api/v1/commerce/goodwill/approvals?status=rejected")))
			.contains(approvalId);
		assertThat(internalNotes()).noneSatisfy(note -> assertThat(note).contains("120,00"));
	}

	@Test
	void comparesAnotherCurrencyAfterConversion() {
		// 3000 JPY is 18.75 EUR at 160: within 50 EUR.
		Api.Response small = ask(this.agent, "refund", "3000", "JPY");
		assertThat(small.status()).as(small.toString()).isEqualTo(201);
		assertThat(small.json().get("compared").get("amount").asString()).isEqualTo("18.75");
		assertThat(small.json().get("compared").get("currency").asString()).isEqualTo("EUR");
		assertThat(small.json().get("rate").asString()).isNotBlank();

		// 9000 JPY would pass if yen were compared with 50 as a number; it is 56.25 EUR.
		Api.Response large = ask(this.agent, "refund", "9000", "JPY");
		assertThat(large.status()).as(large.toString()).isEqualTo(202);
		assertThat(large.json().get("compared").get("amount").asString()).isEqualTo("56.25");
	}

	@Test
	void refusesBadInputNamingTheField() {
		assertFieldError(ask(this.agent, "refund", "0", "EUR"), "amount");
		assertFieldError(ask(this.agent, "refund", "-5.00", "EUR"), "amount");
		assertFieldError(ask(this.agent, "refund", "5.00", "XYZ"), "currency");
		assertFieldError(ask(this.agent, "refund", "5.001", "EUR"), "amount");
		assertFieldError(ask(this.agent, "gift", "5.00", "EUR"), "kind");
		assertFieldError(this.agent.post("/api/v1/tickets/" + this.ticketId + "/goodwill",
				json(Map.of("kind", "refund", "amount", "5.00", "currency", "EUR"))), "reason");
		assertProblem(this.agent.post("/api/v1/tickets/00000000-0000-0000-0000-000000000000/goodwill",
				json(Map.of("kind", "refund", "amount", "5.00", "currency", "EUR", "reason", "late"))), 404);
		assertFieldError(
				this.admin.put("/api/v1/commerce/goodwill/limits/agents/" + this.agentId, json(Map.of("limits", List
					.of(Map.of("amount", "10", "currency", "EUR"), Map.of("amount", "20", "currency", "EUR"))))),
				"limits[1].currency");
		assertProblem(this.agent.put("/api/v1/commerce/goodwill/limits/agents/" + this.agentId,
				json(Map.of("limits", List.of(Map.of("amount", "5000", "currency", "EUR"))))), 403);
	}

	private Api.Response ask(Api as, String kind, String amount, String currency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("amount", amount);
		body.put("currency", currency);
		body.put("reason", "Parcel arrived late twice");
		return as.post("/api/v1/tickets/" + this.ticketId + "/goodwill", json(body));
	}

	@Test
	void keepsTheLanguageTheReasonIsSaidToBeIn() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "credit");
		body.put("amount", "10.00");
		body.put("currency", "EUR");
		body.put("reason", "Paket zweimal verspätet");
		body.put("reasonLanguage", "de");
		Api.Response granted = this.agent.post("/api/v1/tickets/" + this.ticketId + "/goodwill", json(body));

		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		assertThat(granted.json().get("reasonLanguage").asString()).isEqualTo("de");
		body.put("reasonLanguage", "not a language!");
		assertThat(this.agent.post("/api/v1/tickets/" + this.ticketId + "/goodwill", json(body)).status())
			.isEqualTo(400);
	}

	private Api.Response decide(Api as, String approvalId, String decision) {
		return as.post("/api/v1/commerce/goodwill/approvals/" + approvalId,
				json(Map.of("decision", decision, "note", "ok")));
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private List<String> internalNotes() {
		List<String> notes = new ArrayList<>();
		for (JsonNode message : this.admin.get("/api/v1/tickets/" + this.ticketId + "/messages").json().get("items")) {
			if (message.get("visibility").asString().equals("internal")) {
				notes.add(message.get("text").asString());
			}
		}
		return notes;
	}

}
