package dev.meridian.customers;

import java.util.List;

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
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360 through the API and on the customer pages in headless Chromium: the
 * profile with the customer's local time and their earlier tickets, newest first.
 */
@IntegrationTest
class Customer360IntegrationTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void listsTheCustomersTicketsNewestFirstBesideTheProfile() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		String email = "hanako." + Fixtures.unique() + "@example.jp";
		JsonNode first = fixtures.aTicket().from(email).inMarket("JP").about("注文が届きません").open();
		JsonNode second = fixtures.aTicket().from(email).inMarket("JP").about("関税について").open();
		String customer = second.get("customer").get("id").asString();

		Api.Response response = api.get("/api/v1/customers/" + customer + "/360");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("customer").get("id").asString()).isEqualTo(customer);
		assertThat(body.get("customer").get("emails").get(0).asString()).isEqualTo(email);
		for (String key : List.of("orders", "shipments", "returns", "tickets")) {
			assertThat(body.get(key).isArray()).as(key).isTrue();
		}
		assertThat(body.get("tickets").valueStream().map(t -> t.get("number").asLong()).toList())
			.containsExactly(second.get("number").asLong(), first.get("number").asLong());
		assertThat(body.get("tickets").get(0).get("subject").asString()).isEqualTo("関税について");
		assertThat(body.get("tickets").get(0).get("status").asString()).isEqualTo("new");
		assertProblem(api.get("/api/v1/customers/" + java.util.UUID.randomUUID() + "/360"), 404);
	}

	@Test
	void anAgentFindsACustomerAndSeesTheirTicketsOnTheirPage() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		String unique = Fixtures.unique();
		String email = "zoltan." + unique + "@example.hu";
		JsonNode ticket = fixtures.aTicket().from(email).about("Hol van a csomagom? " + unique).open();
		String agentEmail = "ines." + unique + "@meridian.example";
		fixtures.agentWithPassword(agentEmail, PASSWORD, "Europe/Lisbon", "pt");

		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app"), agentEmail, PASSWORD);
		page.navigate(url("/app/customers"));
		// Part of the address, not its start: agents often know only that much.
		page.fill("#customer-q", unique + "@example.h");
		page.click("form.search button[type=submit]");

		Locator row = page.locator("table.customers tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row).containsText(email);
		row.locator("a").click();

		assertThat(page.locator("main.customer-360 section.customer-panel h2")).hasText("Customer");
		Locator tickets = page.locator("section.customer-tickets");
		assertThat(tickets.locator("li")).hasCount(1);
		assertThat(tickets).containsText("#" + ticket.get("number").asLong() + " Hol van a csomagom? " + unique);
		tickets.locator("a").click();
		assertThat(page.locator("section.customer-panel .name a")).hasAttribute("href",
				"/app/customers/" + ticket.get("customer").get("id").asString());

		page.navigate(url("/app/customers?q=" + "nobody-" + unique));
		assertThat(page.locator("main")).containsText("Nobody whose name holds");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
