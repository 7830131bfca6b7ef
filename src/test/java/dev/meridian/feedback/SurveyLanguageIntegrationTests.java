package dev.meridian.feedback;

import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey speaks the customer's own language even where their market speaks another: the
 * demo's Korean customer in Japan and Hungarian customer in Germany read their survey
 * page in Korean and Hungarian, not in the market's language nor in English.
 */
@IntegrationTest
class SurveyLanguageIntegrationTests {

	@LocalServerPort
	int port;

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
	void aKoreanCustomerInJapanIsAskedInKorean() {
		String token = surveyOf(customer("ko", "JP"), "JP");

		JsonNode open = this.api.withHeader("Accept", "application/json").get("/feedback/" + token).json();
		assertThat(open.get("language").asString()).isEqualTo("ko");
		// The bare link, no answer clicked yet.
		Api.Response page = this.api.withHeader("Accept-Language", "ja-JP,ja;q=0.9").get("/feedback/" + token);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.text()).contains("lang=\"ko\"", "받으신 도움에 얼마나 만족하셨나요?", "매우 만족")
			.doesNotContain("How satisfied are you");
	}

	@Test
	void aHungarianCustomerInGermanyIsAskedInHungarian() {
		String token = surveyOf(customer("hu", "DE"), "DE");

		// "Very dissatisfied" clicked in the mail: the reasons are asked, in Hungarian
		// too.
		Api.Response page = this.api.withHeader("Accept-Language", "de-DE,de;q=0.9")
			.get("/feedback/" + token + "?rating=1");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.text()).contains("lang=\"hu\"", "Mennyire elégedett a kapott segítséggel?", "Nagyon elégedett",
				"Sajnáljuk. Mi volt a probléma?", "A problémám nem oldódott meg");
	}

	@Test
	void anUnknownLinkIsExplainedInAKoreanBrowsersLanguage() {
		Api.Response page = this.api.withHeader("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
			.get("/feedback/" + "B".repeat(43));
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("lang=\"ko\"", "유효하지 않은 설문 링크입니다");
	}

	private String customer(String language, String market) {
		String email = "survey-" + language + "." + Fixtures.unique() + "@example.com";
		Api.Response created = this.api.post("/api/v1/customers", json(Map.of("givenName", "Test", "familyName",
				"Customer", "emails", List.of(email), "language", language, "market", market)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return email;
	}

	/**
	 * A solved ticket of the customer's, with no words to tell its language, surveyed at
	 * once.
	 */
	private String surveyOf(String email, String market) {
		String ticket = this.fixtures.aTicket().from(email).inMarket(market).open().get("id").asString();
		Api.Response solved = this.api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", "solved")));
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
		Api.Response survey = this.api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}");
		assertThat(survey.status()).as(survey.toString()).isEqualTo(201);
		return survey.json().get("token").asString();
	}

}
