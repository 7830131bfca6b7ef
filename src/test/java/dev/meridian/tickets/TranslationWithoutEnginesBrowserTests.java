package dev.meridian.tickets;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh machine without Apertium or FreeDict (their paths point nowhere here): the
 * engines endpoint says what is missing and the one command that installs it, and the
 * ticket screen offers no translation it cannot make. Its own server on its own embedded
 * PostgreSQL, so the shared test database of the other integration tests is not cleaned
 * under them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "meridian.bootstrap-token=" + Api.ADMIN_TOKEN, "meridian.demo.enabled=false",
				"meridian.database.embedded.data-directory=target/test-postgres-without-engines",
				"meridian.database.embedded.clean=true",
				"meridian.attachments.directory=target/test-attachments-without-engines",
				"logging.level.dev.meridian.requests=warn", "meridian.language.apertium.managed=auto",
				"meridian.language.apertium.modes=/nonexistent/apertium/modes",
				"meridian.knowledge.dictionaries=/nonexistent/dictd", "meridian.email.polling-enabled=false",
				"meridian.knowledge.index-directory=target/test-index-without-engines",
				"spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
				"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=read-sync" })
class TranslationWithoutEnginesBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void enginesEndpointSaysWhatIsMissingAndHowToInstallIt() {
		Api.Response response = Api.on(this.port).get("/api/v1/language/engines");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode engines = response.json();

		assertThat(engines.get("engines")).isEmpty();
		assertThat(engines.get("available")).isEmpty();
		assertThat(engines.get("missing").findValuesAsString("component")).containsExactly("apertium", "freedict");
		assertThat(engines.get("install").asString()).startsWith("sudo apt-get install apertium apertium-apy")
			.contains("apertium-eng-spa", "dict-freedict-deu-eng", "dict-freedict-eng-jpn");
		assertThat(engines.get("hint").asString()).contains("MERIDIAN_LANGUAGE_DEEPL_AUTHKEY");
	}

	@Test
	void ticketScreenOffersNoTranslationItCannotMakeAndSaysWhy() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String email = "nora." + unique + "@meridian.example";
		Api.Response agent = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Nora Quinn", "role", "agent", "timeZone", "Europe/London",
						"uiLanguage", "en", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "en", "proficiency", "native")))));
		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
		JsonNode ticket = api
			.post("/api/v1/tickets",
					json(Map.of("subject", "Pedido " + unique, "channel", "email", "assigneeId",
							agent.json().get("id").asString(), "customer",
							Map.of("email", "lucia." + unique + "@example.es", "givenName", "Lucía", "familyName",
									"Gómez", "language", "es"),
							// A sentence of its own: TranslationBrowserTests corrects the
							// translation of a
							// similar one, and the memory would then offer it here.
							"message", Map.of("body", "Hola, mi pedido " + unique + " no ha llegado todavía."))))
			.json();

		Page page = browser.newPage("en-GB");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", email, "correct horse battery");
		page.navigate("http://localhost:" + this.port + "/app/tickets/" + ticket.get("number").asString());

		Locator message = page.locator("article.message.inbound");
		assertThat(message.locator(".body")).containsText("no ha llegado todavía");
		assertThat(message.locator(".no-translation-engine"))
			.containsText("No translation engine translates Spanish into English");
		assertThat(message.locator("label.translation-toggle")).hasCount(0);
		assertThat(page.locator("button.translated-send")).hasCount(0);
		assertThat(page.locator(".composer-languages")).hasCount(0);
		assertThat(page.locator("form.reply .no-translation-engine"))
			.containsText("No translation engine on this server translates English into Spanish");
	}

}
