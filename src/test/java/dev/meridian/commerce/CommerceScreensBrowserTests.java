package dev.meridian.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
 * The commerce screens in headless Chromium: an order's page, a parcel's tracking events
 * in two time zones, a return approved and refunded from its page, and the customs-rule
 * and exchange-rate admin screens, which only admins may open.
 */
@IntegrationTest
class CommerceScreensBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void orderPageShowsItemsTotalsWithCurrencyAndTheTicketsAboutIt() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		String unique = Fixtures.unique();
		String number = "DE-" + unique;
		String email = "mia." + unique + "@example.com";
		JsonNode order = anOrder(api, number, email);
		JsonNode ticket = fixtures.aTicket()
			.from(email)
			.inMarket("DE")
			.about("Where is my lamp?")
			.saying("Order " + number)
			.tagged("order:" + number.toLowerCase(java.util.Locale.ROOT))
			.open();

		Page page = signIn(unique, "agent", "Europe/Berlin", "/app/orders");
		page.fill("#order-q", number);
		page.click("form.filters button[type=submit]");
		page.click("table.orders a:text('" + number + "')");

		assertThat(page.locator("h1")).hasText("Order " + number);
		Locator lamp = page.locator("table.items tr[data-sku='LAMP-1']");
		assertThat(lamp).containsText("Desk lamp");
		assertThat(lamp).containsText("€80.00");
		assertThat(lamp).containsText("940520");
		assertThat(lamp).containsText("Taiwan");
		assertThat(page.locator("dd.total")).hasText("€180.00");
		assertThat(page.locator("dd.shipping")).hasText("€20.00");
		assertThat(page.locator("address")).containsText("Hauptstraße 5");
		assertThat(page.locator("section.order-tickets li[data-ticket='" + ticket.get("number").asLong() + "']"))
			.containsText("Where is my lamp?");
		page.click("a.customer-link");
		assertThat(page.locator("main.customer-360 li[data-order='" + number + "']")).containsText("€180.00");
		page.click("main.customer-360 a.order-page-link");
		assertThat(page).hasURL(url("/app/orders/" + order.get("id").asString()));
	}

	@Test
	void shipmentPageShowsAnEventAtTheViewersTimeAndTheLocalTimeWhereItHappened() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		JsonNode order = anOrder(api, "DE-" + unique, "ren." + unique + "@example.com");
		Api.Response shipment = api.post("/api/v1/commerce/orders/" + order.get("id").asString() + "/shipments",
				json(Map.of("carrier", "DHL", "trackingNumber", "JD" + unique, "destinationCountry", "DE",
						"originCountry", "JP")));
		assertThat(shipment.status()).as(shipment.toString()).isEqualTo(201);
		Api.Response event = api.post("/api/v1/commerce/shipments/" + shipment.json().get("id").asString() + "/events",
				json(Map.of("status", "in_transit", "subStatus", "departed_facility", "occurredAt",
						"2026-12-05T23:10:00+09:00[Asia/Tokyo]", "location", "Narita")));
		assertThat(event.status()).as(event.toString()).isEqualTo(201);

		// 23:10 in Tokyo is 08:10 the same morning in Mexico City.
		Page page = signIn(unique, "agent", "America/Mexico_City", "/app/orders/" + order.get("id").asString());
		page.click("section.order-shipments a");

		assertThat(page.locator("h1")).hasText("DHL JD" + unique);
		assertThat(page.locator(".shipment-status")).containsText("in transit");
		assertThat(page.locator(".shipment-status")).containsText("left a facility");
		Locator narita = page.locator("li.event").filter(new Locator.FilterOptions().setHasText("Narita"));
		assertThat(narita.locator(".viewer-time")).containsText("Dec 5, 2026");
		assertThat(narita.locator(".viewer-time")).containsText("8:10");
		assertThat(narita.locator(".local-time")).containsText("11:10");
		assertThat(narita.locator(".local-time")).containsText("GMT+9");
	}

	@Test
	void returnIsApprovedThenRefundedFromItsPage() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String number = "DE-" + unique;
		JsonNode order = anOrder(api, number, "ines." + unique + "@example.com");
		Api.Response opened = api.post("/api/v1/commerce/orders/" + order.get("id").asString() + "/returns",
				json(Map.of("items", List.of(Map.of("sku", "LAMP-1", "quantity", 1, "reason", "zu hell")))));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String id = opened.json().get("id").asString();

		Page page = signIn(unique, "supervisor", "Europe/Berlin", "/app/returns?status=requested");
		page.click("table.returns tr[data-return='" + id + "'] a >> nth=0");

		assertThat(page.locator("h1")).hasText("Return of order " + number);
		assertThat(page.locator("table.items tr[data-sku='LAMP-1']")).containsText("zu hell");
		assertThat(page.locator(".return-policy .window")).containsText("within the return window");
		assertThat(page.locator(".return-status")).hasText("requested");
		page.click("form.step[data-step='approved'] button");
		assertThat(page.locator(".return-status")).hasText("approved");
		assertThat(page.locator("#return-state .notice")).hasText("The return is now: approved.");

		page.click("form.refund button");

		assertThat(page.locator(".return-status")).hasText("refunded");
		assertThat(page.locator(".refunded")).containsText("Refunded €80.00 to original payment method");
		assertThat(page.locator("form.refund")).hasCount(0);
		JsonNode stored = api.get("/api/v1/commerce/returns/" + id).json();
		assertThat(stored.get("refund").get("amount").get("amount").asString()).isEqualTo("80.00");
		assertThat(stored.get("refund").get("amount").get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void adminAddsADatedCustomsRuleAfterFixingTheRateAndSeesIt() {
		String unique = Fixtures.unique();
		// A day of its own far ahead, so runs against the same database never overlap.
		LocalDate day = LocalDate.of(2400, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
		Page page = signIn(unique, "admin", "Europe/Berlin", "/app");
		page.click("nav >> text=Customs rules");

		page.fill("#rule-country", "IS");
		page.fill("#rule-origins", "CN");
		page.fill("#rule-valid-from", day.toString());
		page.fill("#rule-valid-to", day.toString());
		page.fill("#rule-currency", "ISK");
		page.fill("#rule-tax-de-minimis", "0");
		page.fill("#rule-tax-name", "VAT");
		page.fill("#rule-tax-rate", "twenty-four");
		page.fill("#rule-source", "Act 50/1988 " + unique);
		page.click("form.customs-rule-form button[type=submit]");

		assertThat(page.locator(".customs-rule-form .field-error"))
			.hasText("Give the rate in percent, e.g. 19 or 7.7.");
		assertThat(page.locator("#rule-source")).hasValue("Act 50/1988 " + unique);
		page.fill("#rule-tax-rate", "24");
		page.click("form.customs-rule-form button[type=submit]");

		String code = "IS-" + day + "-CN";
		assertThat(page.locator(".notice")).hasText("Rule " + code + " added.");
		Locator rule = page.locator("section[data-market='IS'] tr[data-rule='" + code + "']");
		assertThat(rule.locator(".tax-rate")).hasText("VAT 24%");
		assertThat(rule).containsText("customs or the carrier on delivery");
		assertThat(rule).containsText("Act 50/1988 " + unique);
	}

	@Test
	void adminEntersADaysRatesByHandAndPreviewsAConversion() {
		String unique = Fixtures.unique();
		LocalDate day = LocalDate.of(2400, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
		Page page = signIn(unique, "admin", "Europe/Berlin", "/app");
		page.click("nav >> text=Exchange rates");

		page.fill("#enter-base", "ISK");
		page.fill("#enter-date", day.toString());
		page.locator("table.rate-rows input[name=quote]").nth(0).fill("NOK");
		page.locator("table.rate-rows input[name=rate]").nth(0).fill("0.0781");
		page.locator("table.rate-rows input[name=quote]").nth(1).fill("SEK");
		page.locator("table.rate-rows input[name=rate]").nth(1).fill("seven");
		page.click("form.rates-form button[type=submit]");

		assertThat(page.locator("table.rate-rows tr[data-row='1'] .field-error"))
			.hasText("Give a rate greater than zero, such as 1.0812.");
		assertThat(page.locator("table.rate-rows input[name=quote]").nth(0)).hasValue("NOK");
		page.locator("table.rate-rows input[name=rate]").nth(1).fill("0.0765");
		page.click("form.rates-form button[type=submit]");

		assertThat(page.locator(".notice")).hasText("2 rates against ISK saved for " + day + ".");
		assertThat(page.locator("table.rates tr[data-quote='NOK'] .rate")).hasText("0.0781");
		assertThat(page.locator("table.rates tr[data-quote='SEK'] .rate")).hasText("0.0765");
		assertThat(page.locator("table.rates tr[data-quote='NOK']")).containsText("manual");

		page.fill("#preview-amount", "1000");
		page.fill("#preview-from", "ISK");
		page.fill("#preview-to", "NOK");
		page.click("section.conversion-preview button[type=submit]");

		assertThat(page.locator(".conversion")).containsText("78.10");
		assertThat(page.locator(".conversion")).containsText("NOK");
		assertThat(page.locator(".conversion")).containsText("0.0781");
	}

	@Test
	void anAgentIsRefusedTheAdminScreensAndNotShownThem() {
		String unique = Fixtures.unique();
		Page page = signIn(unique, "agent", "Europe/Berlin", "/app/orders");
		assertThat(page.locator("nav")).containsText("Orders");
		assertThat(page.locator("nav >> text=Customs rules")).hasCount(0);
		assertThat(page.locator("nav >> text=Exchange rates")).hasCount(0);

		assertThat(page.navigate(url("/app/admin/customs")).status()).isEqualTo(403);
		assertThat(page.navigate(url("/app/admin/exchange-rates")).status()).isEqualTo(403);
	}

	/**
	 * An order in Germany: a lamp made in Taiwan and a cable, paid in euros, with a
	 * delivery address in German.
	 */
	private static JsonNode anOrder(Api api, String number, String email) {
		new Fixtures(api).market("DE", "de", "EUR", "Europe/Berlin");
		Api.Response order = api.post("/api/v1/commerce/orders",
				json(Map.of("number", number, "customer", Map.of("email", email, "country", "DE"), "currency", "EUR",
						"placedAt", Instant.now().minusSeconds(3 * 86400).toString(), "paymentMethod", "card", "items",
						List.of(Map.of("sku", "LAMP-1", "title", "Desk lamp", "quantity", 2, "unitPrice", "80.00",
								"hsCode", "940520", "originCountry", "TW")),
						"shipping", Map.of("amount", "20.00"), "shippingAddress",
						Map.of("name", "Mia Schröder", "line1", "Hauptstraße 5", "city", "Köln", "country", "DE"))));
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		return order.json();
	}

	private Page signIn(String unique, String role, String zone, String path) {
		String email = role + "." + unique + "@meridian.example";
		Api.Response agent = Api.on(this.port)
			.post("/api/v1/agents",
					json(Map.of("email", email, "displayName", "Sam " + unique, "role", role, "timeZone", zone,
							"uiLanguage", "en", "password", PASSWORD, "languages",
							List.of(Map.of("language", "en", "proficiency", "native")))));
		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
		Page page = browser.newPage("en-US");
		Browser.signIn(page, url(path), email, PASSWORD);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
