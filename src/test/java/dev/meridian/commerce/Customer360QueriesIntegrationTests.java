package dev.meridian.commerce;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.SqlStatements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.commerce.OrderJson.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360 reads the customer's recent orders once and their shipments, returns
 * and items together, so the SQL statements one request sends stay the same however many
 * orders, parcels and returns the customer has (counted on the server's connections by
 * {@link SqlStatements}).
 */
@IntegrationTest
class Customer360QueriesIntegrationTests {

	/**
	 * One each: customer, orders, their items, shipments, returns, their items, tickets.
	 */
	// 7 reads, and the audit log's entry for the view (lock, last hash, insert: issue
	// 16).
	private static final int MOST_STATEMENTS = 10;

	@LocalServerPort
	int port;

	@Test
	void theStatementsPerRequestDoNotGrowWithTheCustomersOrders() {
		Api api = Api.on(this.port);
		new Fixtures(api).market("DE", "de", "EUR", "Europe/Berlin");
		String email = "viele.bestellungen." + Fixtures.unique() + "@example.de";
		String customer = placeWithShipmentAndReturn(api, email, 20);

		List<String> few = statementsOf(api, customer, 1);
		for (int i = 1; i < 12; i++) {
			placeWithShipmentAndReturn(api, email, 20 - i);
		}
		List<String> many = statementsOf(api, customer, 10);

		assertThat(many).as(String.join("\n", many)).hasSizeLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(many).as("the same statements with 1 and 12 orders").hasSameSizeAs(few);
	}

	private List<String> statementsOf(Api api, String customer, int orders) {
		String name = "360-" + Fixtures.unique();
		Api.Response response = api.withHeader(SqlStatements.HEADER, name)
			.get("/api/v1/customers/" + customer + "/360");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("orders")).hasSize(orders);
		assertThat(body.get("shipments")).hasSize(orders);
		assertThat(body.get("returns")).hasSize(orders);
		assertThat(body.get("returns").get(0).get("orderId").asString())
			.isEqualTo(body.get("orders").get(0).get("id").asString());
		return SqlStatements.of(name);
	}

	/** A paid order of the customer's, shipped, with one item sent back; its customer. */
	private static String placeWithShipmentAndReturn(Api api, String email, int daysAgo) {
		Api.Response order = api.post("/api/v1/commerce/orders",
				anOrder().by(email)
					.placedAt(Instant.now().minus(Duration.ofDays(daysAgo)).minusSeconds(60))
					.item("SOCK", 2, "9.90")
					.item("CAP", 1, "19.00")
					.json());
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		String id = order.json().get("id").asString();
		Api.Response shipment = api.post("/api/v1/commerce/orders/" + id + "/shipments", """
				{"carrier": "DHL", "trackingNumber": "JJD%s", "destinationCountry": "DE", "originCountry": "PT"}"""
			.formatted(Fixtures.unique().replaceAll("[^0-9A-Za-z]", "")));
		assertThat(shipment.status()).as(shipment.toString()).isEqualTo(201);
		Api.Response opened = api.post("/api/v1/commerce/orders/" + id + "/returns",
				"{\"items\": [{\"sku\": \"SOCK\", \"quantity\": 1}]}");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return order.json().get("customerId").asString();
	}

}
