package dev.meridian.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
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
 * An agent whose workspace is in Arabic reads it right to left as a whole (the page's
 * {@code dir}, logical CSS), while a German customer's words inside it stay left to
 * right.
 */
@IntegrationTest
class RightToLeftWorkspaceBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void arabicAgentSeesTheInboxMirroredAndAGermanCustomersTextLeftToRight() {
		String subject = "Wo bleibt meine Bestellung " + Fixtures.unique() + "?";
		Fixtures fixtures = new Fixtures(Api.on(this.port));
		String ticketNumber = fixtures.aTicket()
			.about(subject)
			.inLanguage("de")
			.saying("Guten Tag, meine Bestellung ist seit zwei Wochen unterwegs. Können Sie bitte nachsehen?")
			.open()
			.get("number")
			.asString();
		Page agent = signedIn("ar");

		Response inbox = agent.navigate(url("/app?language=de&status=any"));
		assertThat(inbox.text()).contains("<html lang=\"ar\" dir=\"rtl\">");
		assertThat(agent.locator("h1")).hasText("صندوق الوارد");

		// Mirrored: the brand, first in the header, sits at the right edge; the nav
		// follows it leftwards.
		int width = agent.viewportSize().width;
		BoundingBox brand = agent.locator("header.top .brand").boundingBox();
		BoundingBox nav = agent.locator("header.top nav").boundingBox();
		assertThat(brand.x + brand.width).isGreaterThan(width * 0.9);
		assertThat(nav.x + nav.width).isLessThanOrEqualTo(brand.x + 1).isGreaterThan(width / 2.0);
		assertThat(direction(agent.locator("table.inbox"))).isEqualTo("rtl");

		Locator germanSubject = agent.locator("table.inbox a", new Page.LocatorOptions().setHasText(subject));
		assertThat(germanSubject).hasAttribute("lang", "de");
		assertThat(direction(germanSubject)).isEqualTo("ltr");

		agent.navigate(url("/app/tickets/" + ticketNumber));
		assertThat(agent.locator("html")).hasAttribute("dir", "rtl");
		Locator body = agent.locator("article.message .body").first();
		assertThat(body).hasAttribute("lang", "de");
		assertThat(direction(body)).isEqualTo("ltr");
		// The conversation, first in the grid, is on the right; the customer panel on the
		// left.
		assertThat(agent.locator("aside.side").boundingBox().x)
			.isLessThan(agent.locator("section.conversation").boundingBox().x);
	}

	@Test
	void englishAgentKeepsTheLeftToRightLayout() {
		Page agent = signedIn("en");

		Response inbox = agent.navigate(url("/app"));

		assertThat(inbox.text()).contains("<html lang=\"en\" dir=\"ltr\">");
		assertThat(agent.locator("header.top .brand").boundingBox().x).isLessThan(50);
	}

	/**
	 * The direction the browser resolved for an element (dir="auto" resolves from its
	 * text).
	 */
	private static String direction(Locator element) {
		return (String) element.evaluate("e => getComputedStyle(e).direction");
	}

	private Page signedIn(String uiLanguage) {
		String email = "rtl." + Fixtures.unique() + "@meridian.example";
		Api.Response created = Api.on(this.port)
			.post("/api/v1/agents",
					json(Map.of("email", email, "displayName", "ليلى حداد", "role", "agent", "timeZone", "Asia/Riyadh",
							"uiLanguage", uiLanguage, "password", Workspace.PASSWORD, "languages",
							List.of(Map.of("language", "ar", "proficiency", "native"),
									Map.of("language", "de", "proficiency", "b2")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Page page = browser.newPage("en-US");
		page.setDefaultTimeout(60_000);
		Browser.signIn(page, url("/app"), email, Workspace.PASSWORD);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/app(\\?continue)?$"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
