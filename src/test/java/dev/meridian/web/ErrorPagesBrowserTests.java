package dev.meridian.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.FailingPages;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees when something goes wrong, in headless Chromium: a Meridian page in
 * their language (the agent's UI language in the workspace, the address's locale in the
 * help center), the right status, a way back, and never framework text or a stack trace.
 */
@IntegrationTest
class ErrorPagesBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void germanAgentMeetsEveryWorkspaceErrorInGermanWithAWayBack() {
		Page agent = signedIn("agent", "de");

		Response forbidden = agent.navigate(url("/app/coverage"));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(agent.locator("h1")).hasText("Nicht für Ihre Rolle");
		assertThat(agent.locator("html")).hasAttribute("lang", "de");
		assertNoFrameworkText(agent);

		Response notFound = agent.navigate(url("/app/no-such-screen"));
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(agent.locator("h1")).hasText("Seite nicht gefunden");
		assertNoFrameworkText(agent);

		Response noTicket = agent.navigate(url("/app/tickets/987654321"));
		assertThat(noTicket.status()).isEqualTo(404);
		assertThat(agent.locator("main p").first()).hasText("Das gibt es nicht (mehr).");

		Response unreadable = agent.navigate(url("/app/tickets/not-a-number"));
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(agent.locator("h1")).hasText("Diese Anfrage ist nicht lesbar");
		assertNoFrameworkText(agent);

		Response fault = agent.navigate(url(FailingPages.WORKSPACE));
		assertThat(fault.status()).isEqualTo(500);
		assertThat(agent.locator("h1")).hasText("Bei uns ist etwas schiefgegangen");
		assertNoFrameworkText(agent);

		agent.locator("main a", new Page.LocatorOptions().setHasText("Zurück zum Posteingang")).click();
		assertThat(agent).hasURL(url("/app"));
		assertThat(agent.locator("h1")).hasText("Posteingang");
	}

	@Test
	void englishAgentMeetsTheSamePagesInEnglish() {
		Page agent = signedIn("agent", "en");

		assertThat(agent.navigate(url("/app/coverage")).status()).isEqualTo(403);
		assertThat(agent.locator("h1")).hasText("Not for your role");
		assertThat(agent.navigate(url(FailingPages.WORKSPACE)).status()).isEqualTo(500);
		assertThat(agent.locator("h1")).hasText("Something went wrong on our side");
		assertThat(agent.locator("main a")).hasAttribute("href", "/app");
	}

	@Test
	void helpCenterReaderMeetsErrorsInTheHelpCentersLocaleAndLayout() {
		Page reader = browser.newPage("en-US");

		Response missingArticle = reader.navigate(url("/help/de/articles/no-such-article-" + Fixtures.unique()));
		assertThat(missingArticle.status()).isEqualTo(404);
		assertThat(reader.locator("h1")).hasText("Seite nicht gefunden");
		assertThat(reader.locator("html")).hasAttribute("lang", "de");
		assertThat(reader.locator("form.search")).hasCount(1);
		assertNoFrameworkText(reader);

		Response missingPage = reader.navigate(url("/help/ja/no-such-page"));
		assertThat(missingPage.status()).isEqualTo(404);
		assertThat(reader.locator("h1")).hasText("ページが見つかりません");

		Response arabic = reader.navigate(url("/help/ar/no-such-page"));
		assertThat(arabic.status()).isEqualTo(404);
		assertThat(reader.locator("html")).hasAttribute("dir", "rtl");

		Response fault = reader.navigate(url(FailingPages.helpCenter("fr")));
		assertThat(fault.status()).isEqualTo(500);
		assertThat(reader.locator("h1")).hasText("Un problème est survenu de notre côté");
		assertNoFrameworkText(reader);

		reader.locator("main a", new Page.LocatorOptions().setHasText("Retour au centre d’aide")).click();
		assertThat(reader).hasURL(url("/help/fr"));
	}

	@Test
	void apiErrorsStayProblemDetailsEvenForABrowser() {
		Api.Response response = Api.on(this.port)
			.withHeader("Accept", "text/html")
			.get("/api/v1/tickets/00000000-0000-0000-0000-000000000000");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		Api.Response unknown = Api.on(this.port).withHeader("Accept", "text/html").get("/api/v1/no-such-thing");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	private static void assertNoFrameworkText(Page page) {
		String text = page.content();
		assertThat(text).doesNotContain("Whitelabel", "java.lang", "Exception", "org.springframework", "secret");
	}

	private Page signedIn(String role, String uiLanguage) {
		String email = "errors." + Fixtures.unique() + "@meridian.example";
		Api.Response created = Api.on(this.port)
			.post("/api/v1/agents",
					json(Map.of("email", email, "displayName", "Error Reader", "role", role, "timeZone",
							"Europe/Berlin", "uiLanguage", uiLanguage, "password", Workspace.PASSWORD, "languages",
							java.util.List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app"), email, Workspace.PASSWORD);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/app(\\?continue)?$"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
