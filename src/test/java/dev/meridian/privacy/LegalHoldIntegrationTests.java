package dev.meridian.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.privacy.erasure.HoldExpiry;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Germany keeps invoice records for ten years: erasing a German customer keeps their
 * order's number, date, amounts, currency and country, and nothing else of them (no name,
 * street, city or email, no items), and the erasure's report says what was kept under
 * which hold until when. A market with a hold of zero years keeps nothing.
 */
@IntegrationTest
class LegalHoldIntegrationTests {

	private static final List<String> INVOICE_RECORD = List.of("number", "placedAt", "amounts", "currency", "country");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HoldExpiry holdExpiry;

	Api api;

	@BeforeEach
	void germanyAndTheFaroesHaveTheirHolds() {
		this.api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(this.api);
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		// The Faroes, not Austria: SlaAdminBrowserTests creates Austria under its own
		// name.
		fixtures.market("FO", "da", "DKK", "Atlantic/Faroe");
		Api.Response germany = this.api.put("/api/v1/privacy/legal-holds/markets/de",
				Fixtures.json(Map.of("years", 10, "orderFields", INVOICE_RECORD)));
		assertThat(germany.status()).as(germany.toString()).isEqualTo(200);
		assertThat(germany.json().get("market").asString()).isEqualTo("DE");
		assertThat(germany.json().get("own").asBoolean()).isTrue();
		assertThat(this.api
			.put("/api/v1/privacy/legal-holds/markets/FO", Fixtures.json(Map.of("years", 0, "orderFields", List.of())))
			.status()).isEqualTo(200);
	}

	@Test
	void erasingAGermanCustomerKeepsTheInvoiceRecordOfTheirOrderAndNothingThatNamesThem() {
		String unique = Fixtures.unique();
		String family = "Brandauer" + unique.replaceAll("[0-9]", "q");
		String email = "greta." + unique + "@example.de";
		String customerId = customer("Greta", family, email, "DE");
		String number = "DE-" + unique;
		Instant placedAt = Instant.parse("2026-10-05T09:30:00Z");
		String orderId = order(number, email, family, "DE", placedAt);

		JsonNode erasure = erase(customerId);

		JsonNode order = this.api.get("/api/v1/commerce/orders/" + orderId).json();
		assertThat(order.get("number").asString()).isEqualTo(number);
		assertThat(Instant.parse(order.get("placedAt").asString())).isEqualTo(placedAt);
		assertThat(order.get("currency").asString()).isEqualTo("EUR");
		assertThat(order.get("totals").get("total").get("amount").asString()).isEqualTo("64.90");
		assertThat(order.get("shippingAddress").properties()).hasSize(1);
		assertThat(order.get("shippingAddress").get("country").asString()).isEqualTo("DE");
		assertThat(order.get("paymentMethod").isNull()).isTrue();
		assertThat(order.get("items").get(0).get("title").asString()).isEqualTo("[erased]");
		assertThat(order.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from commerce_orders o where o.id = ?::uuid
				  and (strpos(lower(o::text), lower(?)) > 0 or strpos(lower(o::text), lower(?)) > 0
				       or strpos(lower(o::text), 'goethestra') > 0 or strpos(lower(o::text), 'leipzig') > 0)""",
				Long.class, orderId, family, email))
			.isZero();

		JsonNode held = erasure.get("held");
		assertThat(held).hasSize(1);
		assertThat(held.get(0).get("kept").asString()).isEqualTo("commerce.orders");
		assertThat(held.get(0).get("market").asString()).isEqualTo("DE");
		assertThat(held.get(0).get("records").asInt()).isEqualTo(1);
		assertThat(held.get(0).get("fields").valueStream().map(JsonNode::asString).toList())
			.containsExactlyElementsOf(INVOICE_RECORD);
		assertThat(Instant.parse(held.get(0).get("until").asString()))
			.isEqualTo(placedAt.atZone(ZoneOffset.UTC).plusYears(10).toInstant());

		// The customer's privacy page in the workspace says so too.
		java.net.http.HttpResponse<String> page = dev.meridian.support.Workspace.signedInAs(this.port, "admin", "en")
			.get("/app/privacy/customers/" + customerId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-market=\"DE\"",
				"Kept under the legal hold of Germany: 1 orders with number, placedAt, amounts, currency, country");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void whenTheHoldEndsWhatItKeptGoesToo() {
		// Greenland: this test's own market, with a hold of one year
		new Fixtures(this.api).market("GL", "da", "DKK", "America/Nuuk");
		assertThat(this.api
			.put("/api/v1/privacy/legal-holds/markets/GL",
					Fixtures.json(Map.of("years", 1, "orderFields", INVOICE_RECORD)))
			.status()).isEqualTo(200);
		String unique = Fixtures.unique();
		String family = "Kleist" + unique.replaceAll("[0-9]", "x");
		String email = "aviaja." + unique + "@example.gl";
		String customerId = customer("Aviaja", family, email, "GL");
		String number = "GL-" + unique;
		Instant placedAt = Instant.parse("2026-10-05T09:30:00Z");
		String orderId = order(number, email, family, "GL", placedAt);
		JsonNode erasure = erase(customerId);
		assertThat(erasure.get("held")).hasSize(1);

		// While it runs, nothing changes.
		this.holdExpiry.endExpiredHolds();
		assertThat(this.api.get("/api/v1/commerce/orders/" + orderId).json().get("number").asString())
			.isEqualTo(number);

		// A year and a day after the order: the number and the country go, the erasure
		// holds nothing any more.
		TestClock.travelTo(placedAt.atZone(ZoneOffset.UTC).plusYears(1).plusDays(1).toInstant());
		assertThat(this.holdExpiry.endExpiredHolds()).isPositive();
		JsonNode order = this.api.get("/api/v1/commerce/orders/" + orderId).json();
		assertThat(order.get("number").asString()).isEqualTo("erased-" + orderId);
		assertThat(order.get("shippingAddress").properties()).isEmpty();
		assertThat(order.get("totals").get("total").get("amount").asString()).isEqualTo("64.90");
		assertThat(this.jdbc.queryForObject("select held::text from privacy_erasures where customer_id = ?::uuid",
				String.class, customerId))
			.isEqualTo("[]");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from privacy_audit_log where action = 'customer.legal-hold-ended' and subject like ?",
				Long.class, "%" + customerId + "%"))
			.isEqualTo(1);
	}

	@Test
	void aMarketThatHoldsNothingKeepsNoNumberNorCountry() {
		String unique = Fixtures.unique();
		String family = "Hofer" + unique.replaceAll("[0-9]", "z");
		String email = "lena." + unique + "@example.fo";
		String customerId = customer("Lena", family, email, "FO");
		String number = "FO-" + unique;
		String orderId = order(number, email, family, "FO", Instant.parse("2026-10-05T09:30:00Z"));

		JsonNode erasure = erase(customerId);

		assertThat(erasure.get("held")).isEmpty();
		JsonNode order = this.api.get("/api/v1/commerce/orders/" + orderId).json();
		assertThat(order.get("number").asString()).isNotEqualTo(number).startsWith("erased-");
		assertThat(order.get("shippingAddress").properties()).isEmpty();
		assertThat(order.get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void holdsAreReadAndRefusedClearly() {
		JsonNode germany = this.api.get("/api/v1/privacy/legal-holds/markets/DE").json();
		assertThat(germany.get("years").asInt()).isEqualTo(10);
		JsonNode other = this.api.get("/api/v1/privacy/legal-holds/markets/JP").json();
		assertThat(other.get("own").asBoolean()).isFalse();
		assertThat(other.get("years").asInt()).isEqualTo(10);
		assertThat(this.api.get("/api/v1/privacy/legal-holds")
			.json()
			.get("markets")
			.valueStream()
			.map(hold -> hold.get("market").asString())).contains("DE", "FO");
		assertProblem(this.api.put("/api/v1/privacy/legal-holds/markets/DE",
				Fixtures.json(Map.of("years", 10, "orderFields", List.of("number", "name")))), 400);
		assertProblem(this.api.put("/api/v1/privacy/legal-holds/markets/DE",
				Fixtures.json(Map.of("years", 99, "orderFields", INVOICE_RECORD))), 400);
		assertProblem(this.api.put("/api/v1/privacy/legal-holds/markets/D1",
				Fixtures.json(Map.of("years", 10, "orderFields", INVOICE_RECORD))), 400);
		assertProblem(this.api.put("/api/v1/privacy/legal-holds/markets/DE", "{\"orderFields\":[]}"), 400);
		assertThat(this.api.get("/api/v1/privacy/legal-holds/markets/DE").json().get("orderFields"))
			.hasSize(INVOICE_RECORD.size());
	}

	private String customer(String given, String family, String email, String market) {
		Api.Response created = this.api.post("/api/v1/customers", Fixtures.json(Map.of("givenName", given, "familyName",
				family, "emails", List.of(email), "market", market, "language", "de")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String order(String number, String email, String family, String country, Instant placedAt) {
		Api.Response order = this.api.post("/api/v1/commerce/orders", """
				{"number": "%s", "customer": {"email": "%s", "name": "Greta %s"}, "currency": "EUR",
				 "placedAt": "%s", "paymentMethod": "card",
				 "items": [{"sku": "MUG-1", "title": "Becher", "quantity": 2, "unitPrice": "30.00"}],
				 "shipping": {"amount": "4.90"},
				 "shippingAddress": {"country": "%s", "city": "Leipzig", "line1": "Goethestraße 7", "name": "Greta %s"},
				 "billingAddress": {"country": "%s", "city": "Leipzig", "line1": "Goethestraße 7", "name": "Greta %s"}}
				""".formatted(number, email, family, placedAt, country, family, country, family));
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		return order.json().get("id").asString();
	}

	private JsonNode erase(String customerId) {
		Api.Response started = this.api.post("/api/v1/customers/" + customerId + "/erasure", "");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String erasureId = started.json().get("erasureId").asString();
		return Eventually.satisfies("the erasure is done",
				() -> this.api.get("/api/v1/privacy/erasures/" + erasureId).json(),
				status -> status.get("status").asString().equals("done"));
	}

}
