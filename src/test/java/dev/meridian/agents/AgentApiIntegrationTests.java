package dev.meridian.agents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static dev.meridian.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents, teams and API tokens through the real HTTP API on PostgreSQL, including what
 * each token may and may not do.
 */
@IntegrationTest
class AgentApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ActiveAgentLanguages activeLanguages;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		this.fixtures.market("DE", "de", "EUR", "Europe/Berlin");
	}

	@Test
	void createsAgentWithLanguageSkillsAndChangesIt() {
		String email = email("yuki");
		Api.Response created = this.api.post("/api/v1/agents", agent(email, "Yuki Tanaka", "agent",
				List.of(skill("ja", "native"), skill("en-GB", "c1")), "correct horse battery staple"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode agent = created.json();
		String id = agent.get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/agents/" + id);
		assertThat(agent.get("email").asString()).isEqualTo(email);
		assertThat(agent.get("role").asString()).isEqualTo("agent");
		assertThat(agent.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(agent.get("active").asBoolean()).isTrue();
		assertThat(skills(agent)).containsExactly("ja:native", "en-GB:c1");
		assertThat(agent.has("password")).isFalse();
		assertThat(created.text()).doesNotContain("correct horse battery staple");
		assertThat(this.api.get("/api/v1/agents/" + id).json()).isEqualTo(agent);
		assertThat(ids(this.api.get("/api/v1/agents"))).contains(id);

		Api.Response updated = this.api.put("/api/v1/agents/" + id,
				agent(email, "Yuki Sato", "supervisor", List.of(skill("ja", "native"), skill("ko", "b1")), null));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("displayName").asString()).isEqualTo("Yuki Sato");
		assertThat(updated.json().get("role").asString()).isEqualTo("supervisor");
		assertThat(skills(updated.json())).containsExactly("ja:native", "ko:b1");
	}

	@Test
	void theRememberedActiveAgentsLanguagesFollowEachChangeAtOnce() {
		String email = email("mina");
		// Remembered before the agent exists: the change must not wait for it to expire.
		this.activeLanguages.all();
		String id = this.api
			.post("/api/v1/agents", agent(email, "Mina Park", "agent", List.of(skill("ko", "native")), null))
			.json()
			.get("id")
			.asString();
		assertThat(languagesOf(id)).containsExactly("ko:native");

		this.api.put("/api/v1/agents/" + id,
				agent(email, "Mina Park", "agent", List.of(skill("ko", "native"), skill("pt", "b2")), null));
		assertThat(languagesOf(id)).containsExactly("ko:native", "pt:b2");

		Map<String, Object> deactivated = new LinkedHashMap<>();
		deactivated.put("email", email);
		deactivated.put("displayName", "Mina Park");
		deactivated.put("role", "agent");
		deactivated.put("timeZone", "Asia/Tokyo");
		deactivated.put("uiLanguage", "ja");
		deactivated.put("active", false);
		assertThat(this.api.put("/api/v1/agents/" + id, json(deactivated)).status()).isEqualTo(200);
		assertThat(this.activeLanguages.all()).noneMatch(agent -> agent.agent().value().toString().equals(id));
	}

	private List<String> languagesOf(String id) {
		return this.activeLanguages.all()
			.stream()
			.filter(agent -> agent.agent().value().toString().equals(id))
			.findFirst()
			.orElseThrow()
			.languages()
			.stream()
			.map(skill -> skill.language().value() + ":"
					+ skill.proficiency().name().toLowerCase(java.util.Locale.ROOT))
			.toList();
	}

	@Test
	void refusesPasswordShorterThanTwelveCharacters() {
		Api.Response response = this.api.post("/api/v1/agents",
				agent(email("short"), "Short Password", "agent", List.of(), "elevenchars"));

		assertFieldError(response, "password");
	}

	@Test
	void countsPasswordLengthInCharactersNotUtf16Units() {
		Api.Response response = this.api.post("/api/v1/agents",
				agent(email("emoji"), "Emoji Password", "agent", List.of(), "🔑🔑🔑🔑🔑🔑🔑🔑"));

		assertFieldError(response, "password");
	}

	@Test
	void refusesPasswordLongerThanBcryptReadsAsAFieldErrorOnCreateAndUpdate() {
		String accented = "ä".repeat(37); // 37 characters, 74 bytes
		Api.Response created = this.api.post("/api/v1/agents",
				agent(email("long"), "Long Password", "agent", List.of(), accented));
		assertFieldError(created, "password");

		Api.Response fits = this.api.post("/api/v1/agents",
				agent(email("fits"), "Fitting Password", "agent", List.of(), "ä".repeat(36)));
		assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
		String id = fits.json().get("id").asString();
		Api.Response updated = this.api.put("/api/v1/agents/" + id,
				agent(email("fits2"), "Fitting Password", "agent", List.of(), "x".repeat(73)));
		assertFieldError(updated, "password");
	}

	@Test
	void refusesSecondAgentWithTheSameEmailInAnyCase() {
		String email = email("twice");
		assertThat(this.api.post("/api/v1/agents", agent(email, "First", "agent", List.of(), null)).status())
			.isEqualTo(201);

		Api.Response again = this.api.post("/api/v1/agents",
				agent(email.toUpperCase(), "Second", "agent", List.of(), null));

		assertThat(assertProblem(again, 409).get("type").asString())
			.isEqualTo("urn:meridian:problem:agent-email-taken");
	}

	@Test
	void storesAgentEmailTrimmedSoTheAddressCannotBeTakenTwice() {
		String email = email("Trimmed");

		Api.Response created = this.api.post("/api/v1/agents",
				agent("  " + email + " ", "Padded Address", "agent", List.of(), null));
		Api.Response again = this.api.post("/api/v1/agents", agent(email, "Same Address", "agent", List.of(), null));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("email").asString()).isEqualTo(email);
		assertProblem(again, 409);
	}

	@Test
	void refusesUnknownRoleAndProficiencyWithFieldErrors() {
		assertFieldError(this.api.post("/api/v1/agents", agent(email("role"), "Role", "root", List.of(), null)),
				"role");
		assertFieldError(
				this.api.post("/api/v1/agents",
						agent(email("level"), "Level", "agent", List.of(skill("de", "fluent")), null)),
				"languages[0].proficiency");
		assertFieldError(
				this.api.post("/api/v1/agents",
						agent(email("twice"), "Twice", "agent", List.of(skill("de", "b2"), skill("de", "c1")), null)),
				"languages");
	}

	@Test
	void createsTeamWithMembersMarketsAndLanguagesThenChangesAndDeletesIt() {
		String first = this.fixtures.agent("agent").get("id").asString();
		String second = this.fixtures.agent("agent").get("id").asString();
		String name = "Japan desk " + unique();

		Api.Response created = this.api.post("/api/v1/teams", json(Map.of("name", name, "members", List.of(first),
				"markets", List.of("jp"), "languages", List.of("ja", "en"))));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/teams/" + id);
		assertThat(texts(created.json().get("members"))).containsExactly(first);
		assertThat(texts(created.json().get("markets"))).containsExactly("JP");
		assertThat(texts(created.json().get("languages"))).containsExactly("ja", "en");
		assertThat(ids(this.api.get("/api/v1/teams"))).contains(id);

		Api.Response updated = this.api.put("/api/v1/teams/" + id, json(Map.of("name", name + " (DACH)", "members",
				List.of(first, second), "markets", List.of("DE"), "languages", List.of("de"))));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(texts(updated.json().get("members"))).containsExactly(first, second);
		assertThat(this.api.get("/api/v1/teams/" + id).json().get("name").asString()).isEqualTo(name + " (DACH)");

		assertThat(this.api.delete("/api/v1/teams/" + id).status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/teams/" + id), 404);
	}

	@Test
	void refusesTeamWithMemberWhoIsNoAgent() {
		Api.Response response = this.api.post("/api/v1/teams",
				json(Map.of("name", "Ghosts " + unique(), "members", List.of("00000000-0000-0000-0000-000000000000"))));

		assertFieldError(response, "members");
	}

	@Test
	void refusesSecondTeamWithTheSameNameInAnyCase() {
		String name = "Billing " + unique();
		assertThat(this.api.post("/api/v1/teams", json(Map.of("name", name))).status()).isEqualTo(201);

		Api.Response again = this.api.post("/api/v1/teams", json(Map.of("name", name.toUpperCase())));

		assertThat(assertProblem(again, 409).get("type").asString()).isEqualTo("urn:meridian:problem:team-name-taken");
	}

	@Test
	void showsTheSecretOfATokenOnlyWhenIssuingIt() {
		Api.Response issued = this.api.post("/api/v1/tokens",
				json(Map.of("name", "CRM sync " + unique(), "role", "agent", "scopes", List.of("tickets:read"))));

		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		String id = issued.json().get("id").asString();
		String secret = issued.json().get("secret").asString();
		assertThat(issued.header("Location")).isEqualTo("/api/v1/tokens/" + id);
		assertThat(secret).startsWith("mrd_").hasSizeGreaterThan(40);

		Api.Response list = this.api.get("/api/v1/tokens");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).doesNotContain(secret);
		JsonNode listed = list.json()
			.get("items")
			.valueStream()
			.filter(token -> token.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("secret").isNull() || listed.path("secret").isMissingNode()).isTrue();
		assertThat(texts(listed.get("scopes"))).containsExactly("tickets:read");
		assertThat(listed.get("revoked").asBoolean()).isFalse();
	}

	@Test
	void readOnlyAgentTokenReadsTicketsButMayNotCreateTicketsOrMarkets() {
		String agent = this.fixtures.agent("agent").get("id").asString();
		Api reader = this.api.withToken(this.fixtures.token("agent", agent, "tickets:read").secret());

		Api.Response list = reader.get("/api/v1/tickets");
		Api.Response ticket = reader.post("/api/v1/tickets", """
				{"subject":"Not allowed","customer":{"email":"%s"},"message":{"body":"Should not be stored"}}
				""".formatted(email("forbidden")));
		Api.Response market = reader.post("/api/v1/markets", """
				{"code":"PL","name":"Poland","languages":["pl"],"currency":"PLN","timeZone":"Europe/Warsaw"}
				""");

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(assertProblem(ticket, 403).get("type").asString()).isEqualTo("urn:meridian:problem:forbidden");
		assertProblem(market, 403);
		assertProblem(reader.get("/api/v1/tokens"), 403);
		assertProblem(reader.get("/api/v1/customers"), 403);
		assertThat(this.api.get("/api/v1/markets/PL").status()).isEqualTo(404);
	}

	@Test
	void adminRoleWithoutAdminScopeMayNotChangeMarkets() {
		Api token = this.api.withToken(this.fixtures.token("admin", null, "tickets:read", "tickets:write").secret());

		Api.Response market = token.post("/api/v1/markets", """
				{"code":"CZ","name":"Czechia","languages":["cs"],"currency":"CZK","timeZone":"Europe/Prague"}
				""");

		assertProblem(market, 403);
		assertThat(token.get("/api/v1/markets").status()).isEqualTo(200);
	}

	@Test
	void revokedTokenIsRefused() {
		Fixtures.Token token = this.fixtures.token("agent", null, "tickets:read");

		assertThat(this.api.delete("/api/v1/tokens/" + token.id()).status()).isEqualTo(204);

		Api.Response response = this.api.withToken(token.secret()).get("/api/v1/tickets");
		assertProblem(response, 401);
		assertThat(this.api.get("/api/v1/tokens")
			.json()
			.get("items")
			.valueStream()
			.filter(listed -> listed.get("id").asString().equals(token.id()))
			.map(listed -> listed.get("revoked").asBoolean())).containsExactly(true);
	}

	@Test
	void revokedTokenThatWasInUseStopsWorkingWhenTheCacheExpires() {
		Fixtures.Token token = this.fixtures.token("agent", null, "tickets:read");
		Api caller = this.api.withToken(token.secret());
		assertThat(caller.get("/api/v1/tickets").status()).isEqualTo(200);

		assertThat(this.api.delete("/api/v1/tokens/" + token.id()).status()).isEqualTo(204);
		// Token look-ups are cached for 10 s of the server's clock.
		TestClock.advance(Duration.ofSeconds(11));
		try {
			assertProblem(caller.get("/api/v1/tickets"), 401);
		}
		finally {
			TestClock.reset();
		}
	}

	@Test
	void tokenOfADeactivatedAgentIsRefused() {
		JsonNode agent = this.fixtures.agent("agent");
		Fixtures.Token token = this.fixtures.token("agent", agent.get("id").asString(), "tickets:read");
		Map<String, Object> deactivated = new LinkedHashMap<>();
		deactivated.put("email", agent.get("email").asString());
		deactivated.put("displayName", agent.get("displayName").asString());
		deactivated.put("role", "agent");
		deactivated.put("timeZone", "Europe/Berlin");
		deactivated.put("uiLanguage", "de");
		deactivated.put("active", false);
		assertThat(this.api.put("/api/v1/agents/" + agent.get("id").asString(), json(deactivated)).status())
			.isEqualTo(200);

		assertProblem(this.api.withToken(token.secret()).get("/api/v1/tickets"), 401);
	}

	@Test
	void tokenLosesTheRoleItsAgentLoses() {
		JsonNode supervisor = this.fixtures.agent("supervisor");
		String colleague = this.fixtures.agent("agent").get("id").asString();
		Fixtures.Token token = this.fixtures.token("supervisor", supervisor.get("id").asString(), "tickets:read",
				"tickets:write");
		Map<String, Object> demoted = new LinkedHashMap<>();
		demoted.put("email", supervisor.get("email").asString());
		demoted.put("displayName", supervisor.get("displayName").asString());
		demoted.put("role", "agent");
		demoted.put("timeZone", "Europe/Berlin");
		demoted.put("uiLanguage", "de");
		assertThat(this.api.put("/api/v1/agents/" + supervisor.get("id").asString(), json(demoted)).status())
			.isEqualTo(200);
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		Api.Response reassigned = this.api.withToken(token.secret())
			.patch("/api/v1/tickets/" + ticket, json(Map.of("assignee", colleague)));

		assertProblem(reassigned, 403);
	}

	@Test
	void supervisorTokenAssignsTicketsToOthers() {
		JsonNode supervisor = this.fixtures.agent("supervisor");
		String colleague = this.fixtures.agent("agent").get("id").asString();
		Fixtures.Token token = this.fixtures.token("supervisor", supervisor.get("id").asString(), "tickets:read",
				"tickets:write");
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		Api.Response assigned = this.api.withToken(token.secret())
			.patch("/api/v1/tickets/" + ticket, json(Map.of("assignee", colleague)));

		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		assertThat(assigned.json().get("assignee").get("id").asString()).isEqualTo(colleague);
	}

	@Test
	void requestWithoutTokenIsUnauthorizedWithBearerChallenge() {
		Api.Response response = this.api.withToken(null).get("/api/v1/tickets");

		assertThat(assertProblem(response, 401).get("type").asString()).isEqualTo("urn:meridian:problem:unauthorized");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void requestWithUnknownTokenIsUnauthorizedWithBearerChallenge() {
		Api.Response response = this.api.withToken("mrd_" + unique()).post("/api/v1/markets", "{}");

		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void tokenMayNotOutrankItsAgent() {
		String agent = this.fixtures.agent("agent").get("id").asString();

		Api.Response response = this.api.post("/api/v1/tokens", json(Map.of("name", "Too strong", "role", "supervisor",
				"scopes", List.of("tickets:read"), "agentId", agent)));

		assertFieldError(response, "role");
	}

	@Test
	void refusesTokenWithUnknownScope() {
		Api.Response response = this.api.post("/api/v1/tokens",
				json(Map.of("name", "Greedy", "role", "agent", "scopes", List.of("tickets:everything"))));

		assertFieldError(response, "scopes");
	}

	@Test
	void refusesTokenForAnAgentThatDoesNotExistAsInvalidValue() {
		Api.Response response = this.api.post("/api/v1/tokens", json(Map.of("name", "Nobody's", "role", "agent",
				"scopes", List.of("tickets:read"), "agentId", "00000000-0000-0000-0000-000000000000")));

		assertFieldError(response, "agentId");
	}

	@Test
	void simultaneousCreationWithOneEmailIsOneCreatedAndConflictsOnly() throws Exception {
		String body = agent(email("race"), "Racer", "agent", List.of(), null);

		List<Integer> statuses = Simultaneous.calls(8, () -> this.api.post("/api/v1/agents", body).status());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
	}

	private static String agent(String email, String displayName, String role, List<Map<String, String>> skills,
			String password) {
		Map<String, Object> agent = new LinkedHashMap<>();
		agent.put("email", email);
		agent.put("displayName", displayName);
		agent.put("role", role);
		agent.put("timeZone", "Asia/Tokyo");
		agent.put("uiLanguage", "ja");
		agent.put("languages", skills);
		agent.put("password", password);
		return json(agent);
	}

	private static Map<String, String> skill(String language, String proficiency) {
		return Map.of("language", language, "proficiency", proficiency);
	}

	private static List<String> skills(JsonNode agent) {
		return agent.get("languages")
			.valueStream()
			.map(skill -> skill.get("language").asString() + ":" + skill.get("proficiency").asString())
			.toList();
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> ids(Api.Response list) {
		assertThat(list.status()).isEqualTo(200);
		return list.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
	}

	private static String email(String purpose) {
		return purpose + "." + unique() + "@example.com";
	}

}
