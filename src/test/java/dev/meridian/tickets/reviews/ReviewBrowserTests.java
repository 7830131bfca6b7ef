package dev.meridian.tickets.reviews;

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
 * A French supervisor opens a solved conversation in headless Chromium, scores it on the
 * rubric with a comment, and finds the review on the ticket.
 */
@IntegrationTest
class ReviewBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void supervisorScoresASolvedConversationOnItsScreen() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		String agent = fixtures.agent("agent").get("id").asString();
		JsonNode ticket = fixtures.aTicket().assignedTo(agent).open();
		String id = ticket.get("id").asString();
		assertThat(api.patch("/api/v1/tickets/" + id, json(Map.of("status", "solved"))).status()).isEqualTo(200);
		String email = "superviseure." + Fixtures.unique() + "@meridian.example";
		assertThat(api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Claire Martin", "role", "supervisor", "timeZone",
						"Europe/Paris", "uiLanguage", "fr", "password", Workspace.PASSWORD, "languages",
						List.of(Map.of("language", "fr", "proficiency", "native")))))
			.status()).isEqualTo(201);

		Page page = browser.newPage("fr-FR");
		page.setDefaultTimeout(60_000);
		Browser.signIn(page, url("/app/tickets/" + ticket.get("number").asString()), email, Workspace.PASSWORD);

		assertThat(page.locator("#reviews h2")).hasText("Évaluation de la conversation");
		assertThat(page.locator("#review-form fieldset.rubric")).hasCount(5);
		assertThat(page.locator("#review-form select[name=commentLanguage]")).hasValue("fr");
		page.check("#review-form input[name=correct][value='5']");
		page.check("#review-form input[name=clear][value='4']");
		page.check("#review-form input[name=empathetic][value='4']");
		page.check("#review-form input[name=culturallyAppropriate][value='3']");
		page.check("#review-form input[name=followedPlaybook][value='4']");
		page.fill("#review-comment", "Réponse juste ; pensez à saluer la cliente selon l’usage local.");
		page.click("#review-form button[type=submit]");

		assertThat(page.locator("p.notice")).hasText("Évaluation enregistrée.");
		assertThat(page.locator("#reviews article.review")).hasCount(1);
		assertThat(page.locator("#reviews article.review dd[data-criterion=culturallyAppropriate]")).hasText("3");
		assertThat(page.locator("#reviews article.review .original")).hasAttribute("lang", "fr");
		JsonNode review = api.get("/api/v1/tickets/" + id + "/reviews").json().get("items").get(0);
		assertThat(review.get("agentId").asString()).isEqualTo(agent);
		assertThat(review.get("overall").asDouble()).isEqualTo(4.0);
		assertThat(review.get("commentLanguage").asString()).isEqualTo("fr");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
