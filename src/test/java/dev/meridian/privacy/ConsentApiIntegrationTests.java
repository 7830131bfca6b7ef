package dev.meridian.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
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
 * Consent per customer and purpose through the API: the defaults where nothing is
 * recorded, decisions with their channel, text and language, the audit entry, bad input
 * answered clearly, and a refusal honoured where surveys are sent.
 */
@IntegrationTest
class ConsentApiIntegrationTests {

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
	void surveysAndNotificationsAreAllowedAndMarketingIsNotUntilTheCustomerSays() {
		String customer = customer();
		JsonNode consents = this.api.get("/api/v1/customers/" + customer + "/consents").json();
		assertThat(standing(consents, "surveys").get("allowed").asBoolean()).isTrue();
		assertThat(standing(consents, "surveys").get("state").asString()).isEqualTo("default");
		assertThat(standing(consents, "proactive-notifications").get("allowed").asBoolean()).isTrue();
		assertThat(standing(consents, "marketing").get("allowed").asBoolean()).isFalse();
		assertThat(consents.get("history").size()).isZero();
	}

	@Test
	void decisionsAreRecordedWithChannelTextAndLanguageAndAudited() {
		String customer = customer();
		Api.Response changed = this.api.put("/api/v1/customers/" + customer + "/consents",
				json(Map.of("consents",
						List.of(Map.of("purpose", "marketing", "agreed", true, "channel", "phone", "text",
								"Dürfen wir Ihnen Angebote senden?", "language", "de"),
								Map.of("purpose", "surveys", "agreed", false, "channel", "phone")))));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		JsonNode marketing = standing(changed.json(), "marketing");
		assertThat(marketing.get("allowed").asBoolean()).isTrue();
		assertThat(marketing.get("state").asString()).isEqualTo("agreed");
		assertThat(marketing.get("decision").get("text").asString()).isEqualTo("Dürfen wir Ihnen Angebote senden?");
		assertThat(marketing.get("decision").get("language").asString()).isEqualTo("de");
		assertThat(marketing.get("decision").get("channel").asString()).isEqualTo("phone");
		assertThat(marketing.get("decision").get("decidedAt").asString()).isNotBlank();
		assertThat(marketing.get("decision").get("recordedBy").asString()).isNotBlank();
		assertThat(standing(changed.json(), "surveys").get("state").asString()).isEqualTo("refused");
		assertThat(standing(changed.json(), "surveys").get("allowed").asBoolean()).isFalse();

		// Withdrawn later: the latest decision is in force, the earlier one kept.
		this.api.put("/api/v1/customers/" + customer + "/consents",
				json(Map.of("consents", List.of(Map.of("purpose", "marketing", "agreed", false, "channel", "email")))));
		JsonNode after = this.api.get("/api/v1/customers/" + customer + "/consents").json();
		assertThat(standing(after, "marketing").get("allowed").asBoolean()).isFalse();
		assertThat(after.get("history").size()).isEqualTo(3);

		JsonNode audit = this.api.get("/api/v1/audit?subject=customer:" + customer + "&action=customer.consent-changed")
			.json();
		assertThat(audit.get("items").size()).isEqualTo(2);
	}

	@Test
	void consentsAreInTheExportAndOutliveTheErasure() throws Exception {
		String customer = customer();
		this.api.put("/api/v1/customers/" + customer + "/consents",
				json(Map.of("consents", List.of(Map.of("purpose", "marketing", "agreed", true, "channel", "in-person",
						"text", "Offres et nouveautés par e-mail ?", "language", "fr")))));
		Api.Response started = this.api.post("/api/v1/customers/" + customer + "/export", "");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String exportId = started.json().get("exportId").asString();
		JsonNode status = Eventually.present("the export is done", () -> {
			JsonNode s = this.api.get("/api/v1/privacy/exports/" + exportId).json();
			return s.get("status").asString().equals("running") ? null : s;
		});
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("done");
		String url = status.get("downloadUrl").asString();
		byte[] zip = Api.on(this.port).withToken("").get(url.substring(url.indexOf("/api/"))).bytes();
		String consents = entry(zip, "consents.json");
		assertThat(consents).contains("\"marketing\"", "\"agreed\"", "in-person", "Offres et nouveautés par e-mail ?");

		Api.Response erasure = this.api.post("/api/v1/customers/" + customer + "/erasure", "");
		assertThat(erasure.status()).as(erasure.toString()).isEqualTo(202);
		String erasureId = erasure.json().get("erasureId").asString();
		Eventually.holds("the erasure is done", () -> "done"
			.equals(this.api.get("/api/v1/privacy/erasures/" + erasureId).json().get("status").asString()));
		// Kept as the proof of what the customer allowed.
		assertThat(this.jdbc.sql("select count(*) from privacy_consents where customer_id = ?::uuid")
			.param(customer)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static String entry(byte[] zip, String name) throws java.io.IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip),
				java.nio.charset.StandardCharsets.UTF_8)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("No " + name + " in the export");
	}

	@Test
	void badDecisionsAreRefusedWithTheFieldNamed() {
		String customer = customer();
		String url = "/api/v1/customers/" + customer + "/consents";
		assertField(
				this.api
					.put(url,
							json(Map.of("consents",
									List.of(Map.of("purpose", "marketing", "agreed", true, "channel", "phone"))))),
				"text");
		assertField(
				this.api.put(url,
						json(Map.of("consents",
								List.of(Map.of("purpose", "newsletter", "agreed", true, "channel", "phone"))))),
				"purpose");
		assertField(
				this.api.put(url, json(Map.of("consents", List.of(Map.of("purpose", "surveys", "channel", "phone"))))),
				"agreed");
		assertField(
				this.api.put(url,
						json(Map.of("consents",
								List.of(Map.of("purpose", "surveys", "agreed", false, "channel", "pigeon"))))),
				"channel");
		assertField(this.api.put(url, json(Map.of("consents", List.of(Map.of("purpose", "marketing", "agreed", true,
				"channel", "phone", "text", "Offers?", "language", "not a language!"))))), "language");
		assertField(this.api.put(url, json(Map.of("consents", List.of()))), "consents");
		assertThat(this.api.get(url).json().get("history").size()).isZero();

		Api.Response unknown = this.api.get("/api/v1/customers/00000000-0000-0000-0000-00000000abcd/consents");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aRefusedSurveyConsentMeansNoSurveyIsSent() {
		JsonNode opened = this.fixtures.aTicket().inMarket("DE").inLanguage("de").open();
		String ticket = opened.get("id").asString();
		String customer = opened.get("customer").get("id").asString();
		assertThat(this.api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", "solved"))).status())
			.isEqualTo(200);
		// Asked for while the customer still allowed it: scheduled for their daytime.
		Api.Response created = this.api.post("/api/v1/tickets/" + ticket + "/survey", "{}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String survey = created.json().get("surveyId").asString();

		refuseSurveys(customer);
		TestClock.advance(Duration.ofDays(2));
		Eventually.holds("the survey is skipped", () -> "skipped".equals(state(survey)));
		assertThat(this.jdbc.sql("select reason from feedback_surveys where id = ?::uuid")
			.param(survey)
			.query(String.class)
			.single()).isEqualTo("opted out");

		// And none can be asked for any more.
		JsonNode other = this.fixtures.aTicket().inMarket("DE").inLanguage("de").open();
		String otherCustomer = other.get("customer").get("id").asString();
		refuseSurveys(otherCustomer);
		Api.Response refused = this.api.post("/api/v1/tickets/" + other.get("id").asString() + "/survey?now=true",
				"{}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("customer-opted-out");
	}

	private void refuseSurveys(String customer) {
		Api.Response refused = this.api.put("/api/v1/customers/" + customer + "/consents",
				json(Map.of("consents", List.of(Map.of("purpose", "surveys", "agreed", false, "channel", "chat")))));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
	}

	private String state(String survey) {
		return this.jdbc.sql("select state from feedback_surveys where id = ?::uuid")
			.param(survey)
			.query(String.class)
			.single();
	}

	private String customer() {
		return this.fixtures.aTicket().inMarket("DE").inLanguage("de").open().get("customer").get("id").asString();
	}

	private static JsonNode standing(JsonNode consents, String purpose) {
		for (JsonNode standing : consents.get("consents")) {
			if (standing.get("purpose").asString().equals(purpose)) {
				return standing;
			}
		}
		throw new AssertionError("No " + purpose + " in " + consents);
	}

	private static void assertField(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.toString()).contains(field);
	}

}
