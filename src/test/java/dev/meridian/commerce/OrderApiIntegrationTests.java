package dev.meridian.commerce;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.commerce.OrderJson.anOrder;
import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders through the real HTTP API on PostgreSQL.
 */
@IntegrationTest
class OrderApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.api.post("/api/v1/markets",
				"""
						{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}
						""");
	}

	@Test
	void createsAnOrderWithItsTotalsAndANewCustomer() {
		OrderJson order = anOrder().item("HAT", 2, "24.90")
			.item("SCARF", 1, "60.00")
			.with("\"shipping\": {\"amount\": \"4.90\"}, \"tax\": {\"amount\": \"21.68\"}, \"duties\": {\"amount\": \"0\"}");

		Api.Response created = this.api.post("/api/v1/commerce/orders", order.json());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/commerce/orders/" + body.get("id").asString());
		assertThat(body.get("number").asString()).isEqualTo(order.number());
		assertThat(body.get("status").asString()).isEqualTo("open");
		assertThat(body.get("market").asString()).isEqualTo("DE");
		assertThat(body.get("marketKnown").asBoolean()).isTrue();
		assertThat(body.get("language").asString()).isEqualTo("de");
		JsonNode totals = body.get("totals");
		assertThat(amount(totals.get("goods"))).isEqualTo("109.80 EUR");
		assertThat(amount(totals.get("shipping"))).isEqualTo("4.90 EUR");
		assertThat(amount(totals.get("tax"))).isEqualTo("21.68 EUR");
		assertThat(amount(totals.get("duties"))).isEqualTo("0.00 EUR");
		assertThat(amount(totals.get("total"))).isEqualTo("136.38 EUR");
		assertThat(body.get("items").get(0).get("hsCode").asString()).isEqualTo("610910");
		assertThat(amount(body.get("items").get(0).get("unitPrice"))).isEqualTo("24.90 EUR");

		JsonNode customers = this.api.get("/api/v1/customers?email=" + order.email()).json().get("items");
		assertThat(customers).hasSize(1);
		assertThat(customers.get(0).get("id").asString()).isEqualTo(body.get("customerId").asString());
		assertThat(this.api.get("/api/v1/commerce/orders/" + body.get("id").asString()).json().get("number").asString())
			.isEqualTo(order.number());
	}

	@Test
	void matchesAKnownCustomerByEmailAndListsTheirOrdersMostRecentFirst() {
		String email = anOrder().email();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String older = this.api
			.post("/api/v1/commerce/orders", anOrder().by(email).placedAt(now.minus(3, ChronoUnit.DAYS)).json())
			.json()
			.get("id")
			.asString();
		JsonNode newer = this.api
			.post("/api/v1/commerce/orders",
					anOrder().by(email.toUpperCase(java.util.Locale.ROOT).replace("EXAMPLE.COM", "example.com"))
						.placedAt(now.minus(1, ChronoUnit.DAYS))
						.json())
			.json();
		String customer = newer.get("customerId").asString();

		Api.Response page = this.api.get("/api/v1/commerce/orders?customer=" + customer + "&limit=1");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().get("items").get(0).get("id").asString()).isEqualTo(newer.get("id").asString());
		String cursor = page.json().get("nextCursor").asString();
		JsonNode rest = this.api.get("/api/v1/commerce/orders?customer=" + customer + "&limit=1&cursor=" + cursor)
			.json();
		assertThat(rest.get("items").get(0).get("id").asString()).isEqualTo(older);
		assertThat(rest.get("items").get(0).get("customerId").asString()).isEqualTo(customer);
	}

	@Test
	void theSameNumberInTheSameShopIsAConflictButAnotherShopMayUseIt() {
		OrderJson order = anOrder();
		assertThat(this.api.post("/api/v1/commerce/orders", order.json()).status()).isEqualTo(201);

		JsonNode problem = assertProblem(this.api.post("/api/v1/commerce/orders", order.json()), 409);
		assertThat(problem.get("type").asString()).isEqualTo("urn:meridian:problem:order-number-taken");

		Api.Response otherShop = this.api.post("/api/v1/commerce/orders",
				order.with("\"shop\": \"outlet.example\"").json());
		assertThat(otherShop.status()).as(otherShop.toString()).isEqualTo(201);
		assertThat(otherShop.json().get("shop").asString()).isEqualTo("outlet.example");
	}

	@Test
	void updatesAnOrder() {
		OrderJson order = anOrder().item("MUG", 1, "12.00");
		String id = this.api.post("/api/v1/commerce/orders", order.json()).json().get("id").asString();

		Api.Response updated = this.api.put("/api/v1/commerce/orders/" + id,
				order.item("MUG-LID", 2, "3.50").with("\"status\": \"paid\"").json());

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("paid");
		assertThat(updated.json().get("items")).hasSize(2);
		assertThat(amount(updated.json().get("totals").get("goods"))).isEqualTo("19.00 EUR");
		assertThat(this.api.get("/api/v1/commerce/orders/" + id).json().get("status").asString()).isEqualTo("paid");
		assertFieldError(this.api.put("/api/v1/commerce/orders/" + id, anOrder().json()), "number");
	}

	@Test
	void keepsAndFlagsAnOrderForACountryWithoutAMarket() {
		Api.Response created = this.api.post("/api/v1/commerce/orders",
				anOrder().in("AUD").to("TV").item("HAT", 1, "30.00").json());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("market").asString()).isEqualTo("TV");
		assertThat(created.json().get("marketKnown").asBoolean()).isFalse();
		assertThat(created.json().get("flags").valueStream().map(JsonNode::asString).toList())
			.containsExactly("unknown-market");
	}

	@Test
	void keepsAddressesInAnyScript() {
		Api.Response created = this.api.post("/api/v1/commerce/orders",
				anOrder().in("JPY")
					.to("JP")
					.item("TEA", 3, "1200")
					.with("\"billingAddress\": {\"country\": \"JP\", \"name\": \"田中 花子\", \"city\": \"東京都\"}")
					.json());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("billingAddress").get("name").asString()).isEqualTo("田中 花子");
		assertThat(amount(created.json().get("totals").get("goods"))).isEqualTo("3600 JPY");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"currency": "XYZ"                                                   | currency
					"currency": "JPY", "items": [{"sku": "A", "title": "A", "quantity": 1, "unitPrice": "100.5"}] | items[0].unitPrice
					"items": [{"sku": "A", "title": "A", "quantity": 1, "unitPrice": "10.005"}] | items[0].unitPrice
					"items": [{"sku": "A", "title": "A", "quantity": 0, "unitPrice": "10.00"}]  | items[0].quantity
					"items": [{"sku": "A", "title": "A", "quantity": -2, "unitPrice": "10.00"}] | items[0].quantity
					"items": [{"sku": "A", "title": "A", "quantity": 1, "unitPrice": "1", "hsCode": "7701"}] | items[0].hsCode
					"items": [{"sku": "A", "title": "A", "quantity": 1, "unitPrice": "1", "hsCode": "1"}]    | items[0].hsCode
					"items": [{"sku": "A", "title": "A", "quantity": 1, "unitPrice": "1", "originCountry": "XX"}] | items[0].originCountry
					"items": []                                                          | items
					"shippingAddress": {"country": "ZZ"}                                 | shippingAddress.country
					"market": "Germany"                                                  | market
					"number": ""                                                         | number
					"number": null                                                       | number
					"placedAt": "yesterday"                                              | placedAt
					"shipping": {"amount": "4.999"}                                      | shipping.amount
					"customer": {"email": "not-an-email"}                                | customer.email
					""")
	void namesTheFieldOfBadInput(String override, String field) {
		ObjectNode body = (ObjectNode) JSON.readTree(anOrder().json());
		body.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
		assertFieldError(this.api.post("/api/v1/commerce/orders", body.toString()), field);
	}

	@Test
	void needsACommerceScope() {
		String readOnly = token(List.of("tickets:write"));
		assertProblem(this.api.withToken(readOnly).post("/api/v1/commerce/orders", anOrder().json()), 403);
		assertProblem(this.api.withToken("").post("/api/v1/commerce/orders", anOrder().json()), 401);

		String writer = token(List.of("commerce:write", "commerce:read"));
		Api.Response created = this.api.withToken(writer).post("/api/v1/commerce/orders", anOrder().json());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(this.api.withToken(writer)
			.get("/api/v1/commerce/orders/" + created.json().get("id").asString())
			.status()).isEqualTo(200);
	}

	private String token(List<String> scopes) {
		Api.Response issued = this.api.post("/api/v1/tokens", """
				{"name": "shop sync %s", "role": "agent", "scopes": [%s]}
				""".formatted(System.nanoTime(),
				String.join(",", scopes.stream().map(scope -> "\"" + scope + "\"").toList())));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		return issued.json().get("secret").asString();
	}

	static String amount(JsonNode amount) {
		return amount.get("amount").asString() + " " + amount.get("currency").asString();
	}

}
