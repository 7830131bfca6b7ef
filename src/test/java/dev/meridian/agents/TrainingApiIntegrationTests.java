package dev.meridian.agents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * Training records and the review of language certifications through the real HTTP API:
 * an approved certificate raises the agent's skill, which the agents API then shows.
 */
@IntegrationTest
class TrainingApiIntegrationTests {

	@LocalServerPort
	int port;

	Api admin;

	Fixtures fixtures;

	String agentId;

	Api agent;

	Api supervisor;

	@BeforeEach
	void setUp() {
		this.admin = Api.on(this.port);
		this.fixtures = new Fixtures(this.admin);
		this.agentId = this.fixtures.agent("agent").get("id").asString();
		this.agent = this.admin.withToken(this.fixtures.token("agent", this.agentId, "tickets:read").secret());
		String supervisorId = this.fixtures.agent("supervisor").get("id").asString();
		this.supervisor = this.admin
			.withToken(this.fixtures.token("supervisor", supervisorId, "tickets:read").secret());
	}

	@Test
	void approvedPortugueseCertificateRaisesTheAgentsSkillToB2() {
		JsonNode record = record(this.agent, this.agentId, "pt", "B2");
		assertThat(record.get("certification").get("status").asString()).isEqualTo("pending");
		assertThat(record.get("certification").get("level").asString()).isEqualTo("b2");
		assertThat(proficiency("pt")).isNull();

		Api.Response approved = review(this.supervisor, record, "approve", "Checked with CAPLE");

		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().get("certification").get("status").asString()).isEqualTo("approved");
		assertThat(approved.json().get("certification").get("note").asString()).isEqualTo("Checked with CAPLE");
		assertThat(proficiency("pt")).isEqualTo("b2");
		JsonNode listed = this.agent.get("/api/v1/agents/" + this.agentId + "/training").json().get("items");
		assertThat(listed.get(0).get("certification").get("status").asString()).isEqualTo("approved");
	}

	@Test
	void rejectedCertificateLeavesTheSkillAsItWas() {
		JsonNode record = record(this.agent, this.agentId, "pt", "C1");

		Api.Response rejected = review(this.supervisor, record, "reject", "Certificate number unknown");

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().get("certification").get("status").asString()).isEqualTo("rejected");
		assertThat(proficiency("pt")).isNull();
	}

	@Test
	void approvalNeverLowersASkill() {
		JsonNode record = record(this.agent, this.agentId, "de", "B1");

		assertThat(review(this.supervisor, record, "approve", null).status()).isEqualTo(200);

		assertThat(proficiency("de")).isEqualTo("native");
	}

	@Test
	void agentsCannotReviewCertificatesTheirOwnNorOthers() {
		JsonNode record = record(this.agent, this.agentId, "pt", "B2");
		assertProblem(review(this.agent, record, "approve", null), 403);

		String colleagueId = this.fixtures.agent("agent").get("id").asString();
		Api colleague = this.admin.withToken(this.fixtures.token("agent", colleagueId, "tickets:read").secret());
		assertProblem(review(colleague, record, "approve", null), 403);
		assertProblem(
				colleague.post("/api/v1/agents/" + this.agentId + "/training",
						json(Map.of("courseTitle", "Not mine", "courseLanguage", "en", "completedOn", "2026-01-10"))),
				403);

		assertThat(proficiency("pt")).isNull();
		assertThat(this.agent.get("/api/v1/agents/" + this.agentId + "/training/" + record.get("id").asString())
			.json()
			.get("certification")
			.get("status")
			.asString()).isEqualTo("pending");
	}

	@Test
	void supervisorsCannotApproveTheirOwnCertificates() {
		String supervisorId = this.fixtures.agent("supervisor").get("id").asString();
		Api self = this.admin.withToken(this.fixtures.token("supervisor", supervisorId, "tickets:read").secret());
		JsonNode record = record(self, supervisorId, "fr", "C1");

		assertProblem(review(self, record, "approve", null), 403);
	}

	@Test
	void aCertificateIsReviewedOnce() {
		JsonNode record = record(this.agent, this.agentId, "es", "A2");
		assertThat(review(this.supervisor, record, "reject", null).status()).isEqualTo(200);

		assertProblem(review(this.supervisor, record, "approve", null), 409);
		assertThat(proficiency("es")).isNull();
	}

	@Test
	void refusesBadInputNamingTheField() {
		String path = "/api/v1/agents/" + this.agentId + "/training";
		assertFieldError(this.agent.post(path, body("pt", "Z9")), "certification.level");
		assertFieldError(this.agent.post(path, body("pt", "native")), "certification.level");
		assertFieldError(this.agent.post(path, body("not a tag!", "B2")), "certification.language");
		assertFieldError(
				this.agent.post(path,
						json(Map.of("courseTitle", " ", "courseLanguage", "pt", "completedOn", "2026-01-10"))),
				"courseTitle");
		assertFieldError(this.agent.post(path, json(Map.of("courseTitle", "Later", "courseLanguage", "pt",
				"completedOn", LocalDate.now().plusDays(3).toString()))), "completedOn");
		JsonNode record = record(this.agent, this.agentId, "pt", "B1");
		assertFieldError(review(this.supervisor, record, "maybe", null), "decision");
		assertProblem(this.supervisor.post(path + "/00000000-0000-0000-0000-000000000000/review",
				json(Map.of("decision", "approve"))), 404);
	}

	@Test
	void aCourseWithoutCertificateHasNothingToReview() {
		Api.Response created = this.agent.post("/api/v1/agents/" + this.agentId + "/training", json(Map
			.of("courseTitle", "De-escalation on the phone", "courseLanguage", "de", "completedOn", "2026-02-03")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("certification").isNull()).isTrue();

		assertProblem(review(this.supervisor, created.json(), "approve", null), 409);
	}

	private JsonNode record(Api as, String agent, String language, String level) {
		Api.Response created = as.post("/api/v1/agents/" + agent + "/training", body(language, level));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location"))
			.isEqualTo("/api/v1/agents/" + agent + "/training/" + created.json().get("id").asString());
		return created.json();
	}

	private static String body(String language, String level) {
		Map<String, Object> certification = new LinkedHashMap<>();
		certification.put("language", language);
		certification.put("level", level);
		certification.put("reference", "CERT-" + Fixtures.unique());
		return json(Map.of("courseTitle", "Curso de português para atendimento", "courseLanguage", "pt-BR",
				"completedOn", "2026-03-20", "certification", certification));
	}

	private Api.Response review(Api as, JsonNode record, String decision, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", decision);
		body.put("note", note);
		return as.post("/api/v1/agents/" + record.get("agentId").asString() + "/training/" + record.get("id").asString()
				+ "/review", json(body));
	}

	/** The agent's proficiency in a language as the agents API shows it, or null. */
	private String proficiency(String language) {
		for (JsonNode skill : this.agent.get("/api/v1/agents/" + this.agentId).json().get("languages")) {
			if (skill.get("language").asString().equals(language)) {
				return skill.get("proficiency").asString();
			}
		}
		return null;
	}

}
