package dev.meridian.commerce;

import java.util.List;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Landed-cost estimates, their explanations and the customs rules behind them, through
 * the real HTTP API on the rules migration V91.2 loaded into PostgreSQL.
 */
@IntegrationTest
class LandedCostApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	static String parcel(String destination, String origin, String currency, String date, String hsCode, String value,
			String shipping) {
		return """
				{"destinationCountry": "%s", "originCountry": "%s", "currency": "%s", "date": "%s",
				 "items": [{"hsCode": "%s", "value": "%s", "quantity": 1}], "shipping": "%s"}
				""".formatted(destination, origin, currency, date, hsCode, value, shipping);
	}

	@Test
	void aUsParcelOf100DollarsPaysNoDutyBeforeTheSuspensionAndDutyAfter() {
		JsonNode before = this.api
			.post("/api/v1/commerce/landed-cost", parcel("US", "DE", "USD", "2025-08-28", "6109", "100.00", "0"))
			.json();
		Api.Response afterResponse = this.api.post("/api/v1/commerce/landed-cost",
				parcel("US", "DE", "USD", "2025-08-30", "6109", "100.00", "0"));
		JsonNode after = afterResponse.json();

		assertThat(kinds(before)).containsExactly("goods");
		assertThat(before.get("total").get("amount").asString()).isEqualTo("100.00");
		assertThat(afterResponse.status()).as(afterResponse.toString()).isEqualTo(200);
		assertThat(kinds(after)).containsExactly("goods", "duty", "fee");
		JsonNode duty = after.get("lines").get(1);
		assertThat(duty.get("amount").get("amount").asString()).isEqualTo("10.00");
		assertThat(duty.get("amount").get("currency").asString()).isEqualTo("USD");
		assertThat(duty.get("rule").asString()).startsWith("US-2025-08-29");
		assertThat(duty.get("source").asString()).contains("Executive Order 14324");
		assertThat(duty.get("collectedBy").asString()).isEqualTo("carrier-on-delivery");
		assertThat(after.get("total").get("amount").asString()).isEqualTo("120.00");
		assertThat(after.get("rule").get("code").asString()).isEqualTo("US-2025-08-29");
	}

	@Test
	void anEuParcelInAnotherCurrencyIsComparedWithEur150AtThatDaysRate() {
		this.api.post("/api/v1/commerce/exchange-rates", """
				{"base": "EUR", "date": "2030-02-01", "rates": {"USD": "1.2500"}}
				""");

		// USD 180 = EUR 144: IOSS, VAT at checkout; USD 190 = EUR 152: duty and import
		// VAT
		JsonNode inside = this.api
			.post("/api/v1/commerce/landed-cost", parcel("DE", "US", "USD", "2030-02-03", "9503", "180.00", "0"))
			.json();
		JsonNode above = this.api
			.post("/api/v1/commerce/landed-cost", parcel("DE", "US", "USD", "2030-02-03", "9503", "190.00", "0"))
			.json();

		assertThat(kinds(inside)).containsExactly("goods", "duty", "vat");
		assertThat(inside.get("lines").get(1).get("rule").asString()).contains("flat duty of EUR 3");
		assertThat(inside.get("lines").get(1).get("amount").get("amount").asString()).isEqualTo("3.75");
		assertThat(inside.get("conversions").get(0).get("rateDate").asString()).isEqualTo("2030-02-01");
		assertThat(inside.get("rule").get("valueForThresholds").asString()).isEqualTo("144");
		assertThat(kinds(above)).containsExactly("goods", "duty", "vat", "fee");
		assertThat(above.get("lines").get(3).get("amount").get("amount").asString()).isEqualTo("7.50");
	}

	@Test
	void aMissingRateForTheThresholdIsAProblemNotAZero() {
		JsonNode problem = assertProblem(this.api.post("/api/v1/commerce/landed-cost",
				parcel("JP", "US", "ISK", "2025-01-01", "9503", "100", "0")), 404);

		assertThat(problem.get("detail").asString()).contains("No exchange rate from ISK to JPY");
	}

	@Test
	void badInputNamesTheField() {
		String url = "/api/v1/commerce/landed-cost";
		assertFieldError(this.api.post(url, parcel("XX", "US", "EUR", "2025-01-01", "9503", "10.00", "0")),
				"destinationCountry");
		assertFieldError(this.api.post(url, parcel("KR", "US", "EUR", "2025-01-01", "9503", "10.00", "0")),
				"destinationCountry");
		assertFieldError(this.api.post(url, parcel("DE", "", "EUR", "2025-01-01", "9503", "10.00", "0")),
				"originCountry");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EURO", "2025-01-01", "9503", "10.00", "0")),
				"currency");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EUR", "2025-02-30", "9503", "10.00", "0")), "date");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EUR", "2025-01-01", "7701", "10.00", "0")),
				"items[0].hsCode");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EUR", "2025-01-01", "9", "10.00", "0")),
				"items[0].hsCode");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EUR", "2025-01-01", "9503", "10.005", "0")),
				"items[0].value");
		assertFieldError(this.api.post(url, parcel("JP", "US", "JPY", "2025-01-01", "9503", "100.5", "0")),
				"items[0].value");
		assertFieldError(this.api.post(url, parcel("DE", "US", "EUR", "2025-01-01", "9503", "10.00", "1.234")),
				"shipping");
	}

	@Test
	void explainsWhyTheCustomerWasChargedInTheirLanguage() {
		Api.Response posted = this.api.post("/api/v1/commerce/landed-cost/explanation",
				parcel("US", "DE", "USD", "2025-08-30", "6109", "100.00", "0").replace("\"shipping\"",
						"\"language\": \"de\", \"shipping\""));
		Api.Response got = this.api.get("/api/v1/commerce/landed-cost/explanation?destinationCountry=US"
				+ "&originCountry=DE&currency=USD&date=2025-08-30&hsCode=6109&value=100.00&language=en-GB");

		assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
		assertThat(posted.json().get("language").asString()).isEqualTo("de");
		assertThat(posted.json().get("text").asString()).contains("Seit dem 29.08.2025");
		assertThat(got.json().get("text").asString())
			.startsWith("Your order of US$100.00 was shipped to United States on 30 Aug 2025.")
			.contains("the US$800.00 duty-free allowance is suspended");
		assertFieldError(this.api.get("/api/v1/commerce/landed-cost/explanation?destinationCountry=US"
				+ "&originCountry=DE&currency=USD&date=2025-08-30&value=100.00"), "items[0].hsCode");
	}

	@Test
	void listsTheShippedRulesWithTheirSources() {
		JsonNode rules = this.api.get("/api/v1/commerce/customs-rules?country=CA").json().get("items");

		assertThat(rules.valueStream().map(rule -> rule.get("code").asString()).toList()).containsExactly("CA-2010",
				"CA-2020-07", "CA-CUSMA-2020-07");
		JsonNode cusma = rules.get(2);
		assertThat(cusma.get("origins").valueStream().map(JsonNode::asString).toList()).containsExactly("MX", "US");
		assertThat(cusma.get("dutyDeMinimis").asString()).isEqualTo("150");
		assertThat(cusma.get("taxDeMinimis").asString()).isEqualTo("40");
		assertThat(cusma.get("sourceUrl").asString()).startsWith("https://cbsa-asfc.gc.ca/");
		JsonNode rates = this.api.get("/api/v1/commerce/duty-rates?country=US").json().get("items");
		assertThat(rates.valueStream().allMatch(rate -> rate.get("estimate").asBoolean())).isTrue();
	}

	@Test
	void adminsAddAMarketsRulesAndDutyRatesAndEstimatesUseThemAtOnce() {
		Api.Response created = this.api.post("/api/v1/commerce/customs-rules", """
				{"code": "KR-TEST", "country": "KR", "validFrom": "2020-01-01", "currency": "USD",
				 "dutyDeMinimis": "150", "taxDeMinimis": "150", "taxName": "VAT", "taxRate": "0.10",
				 "shippingInCustomsValue": true, "carrierFee": "5.00", "carrierFeeName": "clearance fee",
				 "estimate": false, "source": "Korea Customs Service (test)", "sourceUrl": "https://www.customs.go.kr/"}
				""");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(this.api.post("/api/v1/commerce/duty-rates", """
				{"country": "KR", "hsPrefix": "", "rate": "0.08", "validFrom": "2020-01-01", "estimate": true,
				 "source": "Korea Customs Service tariff (test)"}
				""").status()).isEqualTo(201);

		JsonNode estimate = this.api
			.post("/api/v1/commerce/landed-cost", parcel("KR", "US", "USD", "2025-01-01", "9503", "200.00", "0"))
			.json();
		assertThat(estimate.get("total").get("amount").asString()).isEqualTo("242.60");

		// Raising the de minimis through PUT takes effect for the next estimate.
		Api.Response updated = this.api.put("/api/v1/commerce/customs-rules/" + id,
				created.json()
					.toString()
					.replace("\"dutyDeMinimis\":\"150\"", "\"dutyDeMinimis\":\"250\"")
					.replace("\"taxDeMinimis\":\"150\"", "\"taxDeMinimis\":\"250\""));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(this.api
			.post("/api/v1/commerce/landed-cost", parcel("KR", "US", "USD", "2025-01-01", "9503", "200.00", "0"))
			.json()
			.get("total")
			.get("amount")
			.asString()).isEqualTo("200.00");

		// A second rule for the same period and origins would make estimates ambiguous.
		assertProblem(this.api.post("/api/v1/commerce/customs-rules",
				created.json()
					.toString()
					.replace("\"KR-TEST\"", "\"KR-TEST-2\"")
					.replace("\"validFrom\":\"2020-01-01\"", "\"validFrom\":\"2024-01-01\"")),
				409);
		assertFieldError(this.api.post("/api/v1/commerce/customs-rules", """
				{"country": "KR", "validFrom": "2030-01-01", "currency": "USD", "taxName": "VAT", "taxRate": "0.10",
				 "shippingInCustomsValue": true}
				"""), "source");
		assertFieldError(this.api.post("/api/v1/commerce/duty-rates", """
				{"country": "KR", "hsPrefix": "7712", "rate": "0.08", "validFrom": "2020-01-01", "source": "x"}
				"""), "hsPrefix");
	}

	@Test
	void theEndpointsAreInTheOpenApiDocument() {
		Api.Response document = this.api.get("/v3/api-docs");

		assertThat(document.status()).as(document.toString()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/commerce/landed-cost",
				"/api/v1/commerce/landed-cost/explanation", "/api/v1/commerce/customs-rules",
				"/api/v1/commerce/customs-rules/{id}", "/api/v1/commerce/duty-rates", "/api/v1/commerce/exchange-rates",
				"/api/v1/commerce/exchange-rates/convert", "/api/v1/commerce/exchange-rates/import");
	}

	private static List<String> kinds(JsonNode estimate) {
		return estimate.get("lines").valueStream().map(line -> line.get("kind").asString()).toList();
	}

}
