package dev.meridian.customers;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent tells Meridian how a customer wants to be addressed, on the customer's page,
 * and the next reply draft greets him so.
 */
@IntegrationTest
class CustomerAddressBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anAgentSetsTitleAndFormalityAndTheReplyDraftFollows() {
		Api api = Api.on(this.port);
		String email = "jonas." + Fixtures.unique() + "@example.de";
		Api.Response created = api.post("/api/v1/customers", json(Map.of("givenName", "Jonas", "familyName", "Becker",
				"emails", List.of(email), "language", "de", "formality", "informal")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String customerId = created.json().get("id").asString();
		Api.Response ticket = api.post("/api/v1/tickets",
				json(Map.of("subject", "Lieferung " + Fixtures.unique(), "channel", "email", "customer",
						Map.of("email", email), "message",
						Map.of("body", "Wann kommt meine Lieferung? Ich warte seit einer Woche.", "language", "de"))));
		assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
		String ticketId = ticket.json().get("id").asString();
		assertThat(draft(api, ticketId).get("greeting").asString()).isEqualTo("Hallo Jonas,");

		Page agent = signedIn("de");
		agent.navigate(url("/app/customers/" + customerId));
		agent.locator("details.address-form summary").click();
		agent.locator("details.address-form select[name=formOfAddress]").selectOption("MR");
		agent.locator("details.address-form select[name=formality]").selectOption("FORMAL");
		agent.locator("details.address-form button[type=submit]").click();

		assertThat(agent.locator("p.notice[role=status]"))
			.hasText("Gespeichert: Antworten sprechen diese Person wie gewählt an.");
		assertThat(agent.locator("dd.form-of-address")).hasText("Herr (Mr, Monsieur, Sr.)");
		assertThat(agent.locator("dd.formality")).hasText("Förmlich");
		JsonNode customer = api.get("/api/v1/customers/" + customerId).json();
		assertThat(customer.get("formOfAddress").asString()).isEqualTo("mr");
		assertThat(customer.get("formality").asString()).isEqualTo("formal");
		assertThat(customer.get("givenName").asString()).isEqualTo("Jonas");
		assertThat(customer.get("emails").get(0).asString()).isEqualTo(email);
		assertThat(draft(api, ticketId).get("greeting").asString()).isEqualTo("Sehr geehrter Herr Becker,");

		// Back to "not known": the title goes, the rest stays.
		agent.locator("details.address-form summary").click();
		agent.locator("details.address-form select[name=formOfAddress]").selectOption("");
		agent.locator("details.address-form button[type=submit]").click();
		assertThat(agent.locator("dd.form-of-address")).hasCount(0);
		assertThat(api.get("/api/v1/customers/" + customerId).json().get("formOfAddress").isNull()).isTrue();
	}

	private static JsonNode draft(Api api, String ticketId) {
		Api.Response response = api.get("/api/v1/tickets/" + ticketId + "/reply-draft");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private Page signedIn(String uiLanguage) {
		String email = "address." + Fixtures.unique() + "@meridian.example";
		Api.Response created = Api.on(this.port)
			.post("/api/v1/agents",
					json(Map.of("email", email, "displayName", "Lena Vogel", "role", "agent", "timeZone",
							"Europe/Berlin", "uiLanguage", uiLanguage, "password", Workspace.PASSWORD, "languages",
							List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Page page = browser.newPage("de-DE");
		page.setDefaultTimeout(60_000);
		Browser.signIn(page, url("/app"), email, Workspace.PASSWORD);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
