package dev.meridian.markets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markets through the real HTTP API on PostgreSQL. Each test owns the country codes it
 * creates, since markets are shared by every test class.
 */
@IntegrationTest
class MarketApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void createsReadsUpdatesAndDeletesAMarket() {
		Api.Response created = this.api.post("/api/v1/markets",
				market("IS", "Iceland", List.of("is", "en"), "ISK", "Atlantic/Reykjavik", "soft_launch"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/markets/IS");
		JsonNode market = created.json();
		assertThat(market.get("code").asString()).isEqualTo("IS");
		assertThat(market.get("name").asString()).isEqualTo("Iceland");
		assertThat(texts(market.get("languages"))).containsExactly("is", "en");
		assertThat(market.get("currency").asString()).isEqualTo("ISK");
		assertThat(market.get("timeZone").asString()).isEqualTo("Atlantic/Reykjavik");
		assertThat(market.get("launchStatus").asString()).isEqualTo("soft_launch");

		Api.Response fetched = this.api.get("/api/v1/markets/IS");
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json()).isEqualTo(market);
		assertThat(codes(this.api.get("/api/v1/markets"))).contains("IS");

		Api.Response updated = this.api.put("/api/v1/markets/IS",
				market(null, "Ísland", List.of("is"), "ISK", "UTC", "live"));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("Ísland");
		assertThat(texts(updated.json().get("languages"))).containsExactly("is");
		assertThat(updated.json().get("timeZone").asString()).isEqualTo("UTC");
		assertThat(updated.json().get("launchStatus").asString()).isEqualTo("live");
		assertThat(updated.json().get("createdAt").asString()).isEqualTo(market.get("createdAt").asString());
		assertThat(Instant.parse(updated.json().get("updatedAt").asString()))
			.isAfter(Instant.parse(market.get("updatedAt").asString()));
		assertThat(this.api.get("/api/v1/markets/IS").json().get("name").asString()).isEqualTo("Ísland");

		Api.Response deleted = this.api.delete("/api/v1/markets/IS");
		assertThat(deleted.status()).isEqualTo(204);
		Api.Response gone = this.api.get("/api/v1/markets/IS");
		assertProblem(gone, 404);
		assertThat(codes(this.api.get("/api/v1/markets"))).doesNotContain("IS");
	}

	@Test
	void listsMarketsOrderedByCode() {
		new Fixtures(this.api).market("CH", "de-CH", "CHF", "Europe/Zurich");
		new Fixtures(this.api).market("AR", "es-AR", "ARS", "America/Argentina/Buenos_Aires");

		List<String> codes = codes(this.api.get("/api/v1/markets"));

		assertThat(codes).contains("AR", "CH").isSorted();
	}

	@Test
	void writesCodesAndLanguageTagsInCanonicalCase() {
		Api.Response created = this.api.post("/api/v1/markets",
				market("lu", "Luxembourg", List.of("lb", "fr_lu", "DE-lu"), "eur", " Europe/Luxembourg ", null));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/markets/LU");
		assertThat(created.json().get("code").asString()).isEqualTo("LU");
		assertThat(texts(created.json().get("languages"))).containsExactly("lb", "fr-LU", "de-LU");
		assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
		assertThat(created.json().get("timeZone").asString()).isEqualTo("Europe/Luxembourg");
		assertThat(created.json().get("launchStatus").asString()).isEqualTo("planned");
		assertThat(this.api.get("/api/v1/markets/lu").json().get("code").asString()).isEqualTo("LU");
	}

	@Test
	void refusesSecondMarketForTheSameCountryWithConflict() {
		String norway = market("NO", "Norway", List.of("nb"), "NOK", "Europe/Oslo", "live");
		assertThat(this.api.post("/api/v1/markets", norway).status()).isEqualTo(201);

		Api.Response again = this.api.post("/api/v1/markets",
				market("no", "Norge", List.of("nn"), "NOK", "Europe/Oslo", "planned"));

		assertThat(assertProblem(again, 409).get("type").asString()).isEqualTo("urn:meridian:problem:market-exists");
		assertThat(this.api.get("/api/v1/markets/NO").json().get("name").asString()).isEqualTo("Norway");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XX", "Germany", "DEU", "D", "1A", "" })
	void refusesCodeThatIsNoIsoCountryWithFieldError(String code) {
		Api.Response response = this.api.post("/api/v1/markets",
				market(code, "Somewhere", List.of("de"), "EUR", "Europe/Berlin", null));

		assertFieldError(response, "code");
	}

	@ParameterizedTest
	@ValueSource(strings = { "EURO", "XXY", "€", "12", "E" })
	void refusesCurrencyThatIsNoIsoCurrencyWithFieldError(String currency) {
		Api.Response response = this.api.post("/api/v1/markets",
				market("BE", "Belgium", List.of("nl-BE"), currency, "Europe/Brussels", null));

		assertFieldError(response, "currency");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mars/Base", "GMT+5", "+02:00", "UTC+1", "Z", "CET+1", "Europe" })
	void refusesTimeZoneThatIsNoRegionIdWithFieldError(String zone) {
		Api.Response response = this.api.post("/api/v1/markets",
				market("BE", "Belgium", List.of("nl-BE"), "EUR", zone, null));

		assertFieldError(response, "timeZone");
	}

	@ParameterizedTest
	@ValueSource(strings = { "english", "xx", "en-", "12", "x-private", "de_DE_" })
	void refusesLanguageTagThatNamesNoLanguageWithFieldErrorAtItsPosition(String tag) {
		Api.Response response = this.api.post("/api/v1/markets",
				market("BE", "Belgium", List.of("nl-BE", tag), "EUR", "Europe/Brussels", null));

		assertFieldError(response, "languages[1]");
	}

	@Test
	void refusesMarketWithoutLanguages() {
		Api.Response response = this.api.post("/api/v1/markets",
				market("BE", "Belgium", List.of(), "EUR", "Europe/Brussels", null));

		assertFieldError(response, "languages");
	}

	@Test
	void refusesUnknownLaunchStatusWithFieldError() {
		Api.Response response = this.api.post("/api/v1/markets",
				market("BE", "Belgium", List.of("nl-BE"), "EUR", "Europe/Brussels", "launched"));

		assertFieldError(response, "launchStatus");
		assertThat(this.api.get("/api/v1/markets/BE").status()).isEqualTo(404);
	}

	@Test
	void refusesUpdateWhoseBodyNamesAnotherCode() {
		Api.Response response = this.api.put("/api/v1/markets/AQ",
				market("DE", "Germany", List.of("de"), "EUR", "Europe/Berlin", null));

		assertFieldError(response, "code");
	}

	@Test
	void updatingAMarketThatDoesNotExistIsNotFound() {
		Api.Response response = this.api.put("/api/v1/markets/AQ",
				market(null, "Antarctica", List.of("en"), "USD", "Antarctica/Troll", null));

		assertProblem(response, 404);
		assertThat(this.api.delete("/api/v1/markets/AQ").status()).isEqualTo(404);
	}

	@Test
	void readingAMarketByAnInvalidCodeIsAFieldErrorNotAMiss() {
		assertFieldError(this.api.get("/api/v1/markets/zz"), "code");
		assertThat(this.api.get("/api/v1/markets/AQ").status()).isEqualTo(404);
	}

	@Test
	void refusesDeletingMarketThatCustomersBelongTo() {
		new Fixtures(this.api).market("FI", "fi", "EUR", "Europe/Helsinki");
		new Fixtures(this.api).customer("FI");

		Api.Response response = this.api.delete("/api/v1/markets/FI");

		assertThat(assertProblem(response, 409).get("type").asString()).isEqualTo("urn:meridian:problem:market-in-use");
		assertThat(this.api.get("/api/v1/markets/FI").status()).isEqualTo(200);
	}

	@Test
	void concurrentCreationOfOneMarketIsOneCreatedAndConflictsOnly() throws Exception {
		List<Integer> statuses = Simultaneous.calls(8,
				() -> this.api
					.post("/api/v1/markets", market("EE", "Estonia", List.of("et"), "EUR", "Europe/Tallinn", null))
					.status());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
	}

	private static String market(String code, String name, List<String> languages, String currency, String timeZone,
			String launchStatus) {
		Map<String, Object> market = new LinkedHashMap<>();
		market.put("code", code);
		market.put("name", name);
		market.put("languages", languages);
		market.put("currency", currency);
		market.put("timeZone", timeZone);
		market.put("launchStatus", launchStatus);
		return json(market);
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> codes(Api.Response list) {
		assertThat(list.status()).isEqualTo(200);
		return list.json().get("items").valueStream().map(market -> market.get("code").asString()).toList();
	}

}
