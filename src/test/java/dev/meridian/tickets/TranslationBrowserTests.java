package dev.meridian.tickets;

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
 * An agent who reads only English works a Spanish email ticket in headless Chromium: the
 * customer's message shown translated with a toggle to the original, the composer's
 * translation preview and plain-language warning, and the reply sent in Spanish.
 */
@IntegrationTest
class TranslationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void agentTogglesBetweenOriginalAndTranslationAndSeesAnIdiomFlagged() {
		// and sends a reply translated, then one as written with the customer's
		// salutation
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String email = "oliver." + unique + "@meridian.example";
		Api.Response agent = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Oliver Brown", "role", "agent", "timeZone", "Europe/London",
						"uiLanguage", "en", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "en", "proficiency", "native")))));
		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
		JsonNode ticket = api
			.post("/api/v1/tickets", json(Map.of("subject", "Pedido " + unique, "channel", "email", "assigneeId",
					agent.json().get("id").asString(), "customer",
					Map.of("email", "carmen." + unique + "@example.es", "givenName", "Carmen", "familyName", "Ruiz",
							"language", "es"),
					"message", Map.of("body", "Hola, mi pedido no ha llegado todavía."))))
			.json();

		Page page = browser.newPage("en-GB");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", email, "correct horse battery");
		page.navigate("http://localhost:" + this.port + "/app/tickets/" + ticket.get("number").asString());

		Locator message = page.locator("article.message.inbound");
		Locator translation = message.locator(".translated.ready .translation-text");
		Locator original = message.locator(".body");
		assertThat(translation).containsText("Hello");
		assertThat(message.locator(".translation-meta")).containsText("Translated from Spanish into English");
		assertThat(message.locator(".translation-meta")).containsText("detected");
		assertThat(original).isHidden();

		message.locator("label.translation-toggle").click();
		assertThat(original).isVisible();
		assertThat(original).containsText("mi pedido no ha llegado");
		assertThat(translation).isHidden();

		message.locator("label.translation-toggle").click();
		assertThat(translation).isVisible();
		assertThat(original).isHidden();

		message.locator(".correct-translation summary").click();
		message.locator(".correct-translation textarea").fill("Hello, my order has not arrived yet.");
		message.locator(".correct-translation button").click();
		assertThat(page.locator(".notice")).containsText("Your correction is saved");
		assertThat(page.locator("article.message.inbound .translated.ready .translation-text"))
			.hasText("Hello, my order has not arrived yet.");
		assertThat(page.locator("article.message.inbound .translation-meta")).containsText("corrected by an agent");

		assertThat(page.locator(".cultural-hint")).containsText("Spanish customer: formal register (usted)");
		// Culture in replies (issue 17): the formality and why, the lines a reply starts
		// and
		// ends with, and a reply box that starts with them (as placeholders: the agent
		// writes English, and the engine must not translate the customer's greeting).
		assertThat(page.locator(".customer-panel .write-formality"))
			.containsText("Write formally: usual in this customer's culture.");
		assertThat(page.locator(".customer-panel .reply-frame"))
			.containsText("Starts with \u201cBuenos días, Carmen Ruiz:\u201d, ends with \u201cAtentamente\u201d");
		assertThat(page.locator("#reply-body")).hasValue("{customer.greeting}\n\n\n\n{customer.closing}");
		assertThat(page.locator(".customer-facts dd.formality")).hasText("As usual in their culture");

		page.fill("#reply-body", "No se preocupe, el cambio de dirección es pan comido.");
		assertThat(page.locator(".plain-warning").first()).containsText("pan comido");
		assertThat(page.locator(".readability")).containsText("Fernández Huerta");

		page.fill("#reply-body", "Hang in there, your order will arrive tomorrow.");
		assertThat(page.locator(".plain-warning").first()).containsText("Hang in there");
		assertThat(page.locator(".plain-warning").first()).containsText("Idiom");
		assertThat(page.locator(".customer-text")).containsText("mañana");
		assertThat(page.locator(".back-translation")).not().isEmpty();

		page.click("button.translated-send");
		assertThat(page.locator(".notice")).containsText("Your reply was translated and sent.");
		Locator reply = page.locator("article.message.outbound");
		assertThat(reply.locator(".body")).containsText("mañana");
		assertThat(reply.locator(".body")).containsText("traducido automáticamente");
		assertThat(reply.locator("details.original-text summary")).containsText("Written in English");

		page.fill("#reply-body", "{customer.salutation} Gracias por su paciencia.");
		page.click("form.reply div.actions button[type=submit]");
		assertThat(page.locator("article.message.outbound .body").last())
			.containsText("Hola, Carmen Ruiz: Gracias por su paciencia.");
	}

}
