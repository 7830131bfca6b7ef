package dev.meridian.feedback;

import java.time.Duration;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys through the API and their public answer endpoint: the exact shapes outside
 * checks use, and every kind of bad input answered clearly, with nothing stored twice.
 */
@IntegrationTest
class SurveyAnswerApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("DE", "de", "EUR", "Europe/Berlin");
	}

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void aTicketsSurveyIsCreatedOnceAndAnsweredOnce() {
		String ticket = solvedTicket();
		Api.Response created = this.api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode survey = created.json();
		assertThat(survey.get("surveyId").asString()).hasSize(36);
		assertThat(survey.get("token").asString()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(survey.get("scheduledFor").asString()).isNotBlank();
		String token = survey.get("token").asString();

		JsonNode open = this.api.withHeader("Accept", "application/json").get("/feedback/" + token).json();
		assertThat(open.get("kind").asString()).isEqualTo("CSAT");
		assertThat(open.get("language").asString()).isEqualTo("de");

		Api.Response outOfRange = this.api.post("/feedback/" + token, json(Map.of("rating", 7)));
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.contentType()).startsWith("application/problem+json");
		assertThat(outOfRange.json().get("errors").get(0).get("field").asString()).isEqualTo("rating");
		assertThat(this.api.post("/feedback/" + token, json(Map.of("rating", "great"))).status()).isEqualTo(400);
		assertThat(this.api.post("/feedback/" + token, json(Map.of("rating", 2, "reason", "weather"))).status())
			.isEqualTo(400);
		assertThat(this.api.post("/feedback/" + token, json(Map.of("rating", 4, "comment", "x".repeat(5001)))).status())
			.isEqualTo(400);

		Api.Response answered = this.api.post("/feedback/" + token,
				json(Map.of("rating", 4, "comment", "Schnelle Hilfe, danke!")));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		assertThat(answered.json().get("satisfied").asBoolean()).isTrue();

		Api.Response again = this.api.post("/feedback/" + token, json(Map.of("rating", 1)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(this.jdbc.sql("select count(*) from feedback_answers where survey_id = ?::uuid")
			.param(survey.get("surveyId").asString())
			.query(Long.class)
			.single()).isEqualTo(1);
		Api.Response usedPage = this.api.get("/feedback/" + token);
		assertThat(usedPage.status()).isEqualTo(409);
		assertThat(usedPage.text()).contains("lang=\"de\"", "bereits beantwortet");

		Api.Response second = this.api.post("/api/v1/tickets/" + ticket + "/survey", "{}");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("at most once");
	}

	@Test
	void unknownLinksAreA404PageInTheReadersLanguageAndA404Problem() {
		String unknown = "A".repeat(43);
		Api.Response problem = this.api.post("/feedback/" + unknown, json(Map.of("rating", 5)));
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.contentType()).startsWith("application/problem+json");
		assertThat(this.api.post("/feedback/short", json(Map.of("rating", 5))).status()).isEqualTo(404);

		Api.Response page = this.api.withHeader("Accept-Language", "fr-FR,fr;q=0.9").get("/feedback/" + unknown);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("lang=\"fr\"", "pas valide");
	}

	@Test
	void aSurveyClosesAfter28Days() {
		String ticket = solvedTicket();
		JsonNode survey = this.api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}").json();
		String token = survey.get("token").asString();
		// Sent at once (now=true): open for 28 days from then.
		dev.meridian.support.Eventually.holds("the survey is sent",
				() -> "sent".equals(this.jdbc.sql("select state from feedback_surveys where id = ?::uuid")
					.param(survey.get("surveyId").asString())
					.query(String.class)
					.single()));

		TestClock.advance(Duration.ofDays(28).plusMinutes(1));
		Api.Response gone = this.api.post("/feedback/" + token, json(Map.of("rating", 5)));
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.contentType()).startsWith("application/problem+json");
		Api.Response page = this.api.get("/feedback/" + token);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.text()).contains("lang=\"de\"", "Diese Umfrage ist beendet");
		assertThat(this.jdbc
			.sql("select count(*) from feedback_answers a join feedback_surveys s on s.id = a.survey_id"
					+ " where s.ticket_id = ?::uuid")
			.param(ticket)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void optedOutCustomersAreNeverSurveyedAndOnlyAdminsSkipQuietHours() {
		JsonNode opened = this.fixtures.aTicket().inMarket("DE").inLanguage("de").open();
		String ticket = opened.get("id").asString();
		String customer = opened.get("customer").get("id").asString();
		assertThat(this.api.put("/api/v1/customers/" + customer + "/notifications", "{\"optedOut\": true}").status())
			.isEqualTo(200);
		Api.Response refused = this.api.post("/api/v1/tickets/" + ticket + "/survey", "{}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("customer-opted-out");

		String other = solvedTicket();
		JsonNode agent = this.fixtures.agent("agent");
		Api asAgent = this.api.withToken(
				this.fixtures.token("agent", agent.get("id").asString(), "tickets:read", "tickets:write").secret());
		assertThat(asAgent.post("/api/v1/tickets/" + other + "/survey?now=true", "{}").status()).isEqualTo(403);
		assertThat(asAgent.post("/api/v1/tickets/" + other + "/survey", "{}").status()).isEqualTo(201);
	}

	private String solvedTicket() {
		String ticket = this.fixtures.aTicket().inMarket("DE").inLanguage("de").open().get("id").asString();
		Api.Response solved = this.api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", "solved")));
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
		return ticket;
	}

}
