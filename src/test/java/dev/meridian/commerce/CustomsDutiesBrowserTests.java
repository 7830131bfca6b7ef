package dev.meridian.commerce;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The US duties ticket in headless Chromium: a shopper writes that the carrier wants
 * duties before delivering; the agent sees the order and its parcel held for duties
 * beside the ticket, with the landed-cost explanation, and puts it into the reply.
 */
@IntegrationTest
class CustomsDutiesBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void agentSeesTheParcelHeldForDutiesAndInsertsTheExplanation() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("US", "en", "USD", "America/New_York");
		String unique = Fixtures.unique();
		String email = "jordan." + unique + "@example.com";
		String number = "TW-" + unique;
		JsonNode ticket = fixtures.aTicket()
			.from(email)
			.inMarket("US")
			.about("Duties before delivery?")
			.saying("UPS wants $47.60 in duties before delivering my order " + number + ". Why?")
			.open();
		Api.Response order = api.post("/api/v1/commerce/orders",
				json(Map.of("number", number, "customer", Map.of("email", email, "country", "US"), "currency", "USD",
						"placedAt", Instant.now().minusSeconds(5 * 86400).toString(), "items",
						List.of(Map.of("sku", "LAMP-1", "title", "Desk lamp", "quantity", 1, "unitPrice", "180.00",
								"hsCode", "940520", "originCountry", "TW")),
						"shipping", Map.of("amount", "20.00"), "shippingAddress", Map.of("country", "US"))));
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		Api.Response shipment = api.post("/api/v1/commerce/orders/" + order.json().get("id").asString() + "/shipments",
				json(Map.of("carrier", "UPS", "trackingNumber", "1Z" + unique, "destinationCountry", "US",
						"originCountry", "TW")));
		assertThat(shipment.status()).as(shipment.toString()).isEqualTo(201);
		Api.Response held = api.post("/api/v1/commerce/shipments/" + shipment.json().get("id").asString() + "/events",
				json(Map.of("status", "exception", "subStatus", "duties_payable", "occurredAt",
						Instant.now().minusSeconds(3600).toString(), "location", "Louisville, KY")));
		assertThat(held.status()).as(held.toString()).isEqualTo(201);
		String agentEmail = "lucia." + unique + "@meridian.example";
		fixtures.agentWithPassword(agentEmail, PASSWORD, "America/Mexico_City", "en");

		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app"), agentEmail, PASSWORD);
		page.navigate(url("/app/tickets/" + ticket.get("number").asLong()));

		Locator orders = page.locator("section.customer-orders");
		assertThat(orders.locator("li[data-order='" + number + "']")).containsText("$200.00");
		Locator parcel = page.locator("section.customer-shipments li");
		assertThat(parcel).containsText("UPS 1Z" + unique);
		assertThat(parcel.locator(".badge").nth(1)).hasText("duties or taxes payable");
		Locator explanation = parcel.locator(".customs-charges blockquote");
		assertThat(explanation).containsText("United States");
		String text = explanation.textContent();

		page.fill("#reply-body", "Hello Jordan,");
		parcel.locator("button.insert-text").click();

		assertThat(page.locator("#reply-body")).hasValue("Hello Jordan,\n\n" + text);

		// The order number in the customer's message links to the order on their page.
		Locator link = page.locator("article.message .body a.order-link");
		assertThat(link).hasText(number);
		link.click();
		assertThat(page.locator("main.customer-360 li#order-" + number)).containsText("$200.00");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
