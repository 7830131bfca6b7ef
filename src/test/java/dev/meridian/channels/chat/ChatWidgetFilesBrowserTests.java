package dev.meridian.channels.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.ShopPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the chat in headless Chromium: files both ways, agents' links, the end of a
 * chat an agent solved, article links on the agent's screen, and the demo shop page.
 */
@IntegrationTest
class ChatWidgetFilesBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ShopPage shop;

	/** Set by a test for the shop's script tag: a customer the shop vouches for. */
	volatile String identity = "";

	@BeforeEach
	void openTheShop() throws IOException {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		this.shop = ShopPage.serving(address -> {
			return """
					<!doctype html>
					<html lang="en"><head><meta charset="utf-8"><title>Glove shop</title></head>
					<body><h1>Gloves</h1>
					<script src="http://127.0.0.1:%d/widget.js" data-locale="en" %s async></script>
					</body></html>
					""".formatted(this.port, this.identity);
		});
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void aVisitorSendsAPictureAndDownloadsTheAgentsFileAndFollowsOnlySafeLinks() throws IOException {
		Page visitor = browser.newPage("en");
		visitor.navigate(shopPage());
		visitor.locator("#meridian-chat .launcher").click();
		Locator paperclip = visitor.locator("#meridian-chat button.attach");
		assertThat(paperclip).hasAttribute("aria-label", "Attach a file");

		// The keyboard reaches the paperclip; the file chooser opens from it.
		// Pressed on the button itself: focus and key together, so nothing the page does
		// meanwhile (loading the conversation) can move the focus in between.
		com.microsoft.playwright.FileChooser chooser = visitor.waitForFileChooser(() -> paperclip.press("Enter"));
		chooser.setFiles(new FilePayload("glove.png", "image/png", ChatFilesIntegrationTests.PNG));
		Locator mine = visitor.locator("#meridian-chat .message.customer");
		assertThat(mine.locator(".file")).hasText("glove.png",
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));
		String ticket = ticketOf(visitor);
		assertThat(Api.on(this.port).get("/api/v1/tickets/" + ticket + "/messages").text()).contains("glove.png");

		// A kind of file the chat does not take: a note, and nothing sent.
		visitor.locator("#meridian-chat input[type=file]")
			.setInputFiles(new FilePayload("orders.zip", "application/zip", new byte[] { 'P', 'K', 3, 4 }));
		assertThat(visitor.locator("#meridian-chat .error")).containsText("cannot be sent");

		byte[] pdf = "%PDF-1.4 size chart".getBytes(StandardCharsets.US_ASCII);
		Api.Response reply = Api.on(this.port)
			.post("/api/v1/tickets/" + ticket + "/messages", json(Map.of("body",
					"Our size chart: https://help.example/sizes. Not this: javascript:alert(1) <b>bold</b>", "language",
					"en", "attachments", java.util.List.of(Map.of("name", "size chart.pdf", "mediaType",
							"application/pdf", "content", Base64.getEncoder().encodeToString(pdf))))));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		Locator answer = visitor.locator("#meridian-chat .message:has(.files):not(.customer)");
		Locator link = answer.locator(".text a");
		assertThat(link).hasCount(1);
		assertThat(link).hasAttribute("href", "https://help.example/sizes");
		assertThat(link).hasAttribute("rel", "noopener noreferrer");
		assertThat(link).hasAttribute("target", "_blank");
		assertThat(answer.locator(".text")).containsText("javascript:alert(1) <b>bold</b>");
		assertThat(answer.locator(".text b")).hasCount(0);

		Download download = visitor.waitForDownload(() -> answer.locator(".file").click());
		assertThat(download.suggestedFilename()).isEqualTo("size chart.pdf");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
	}

	@Test
	void whenTheAgentSolvesTheChatTheWidgetSaysItEndedAndMailsTheTranscript() {
		String email = "ended." + Fixtures.unique() + "@example.com";
		this.identity = "data-identity-email=\"" + email + "\" data-identity-signature=\""
				+ ChatApiIntegrationTests.sign(email, Api.CHAT_SECRET) + "\"";
		Page visitor = browser.newPage("en");
		visitor.navigate(shopPage());
		visitor.locator("#meridian-chat .launcher").click();
		visitor.locator("#meridian-chat textarea").fill("Thanks, that was all.");
		visitor.locator("#meridian-chat textarea").press("Enter");
		assertThat(visitor.locator("#meridian-chat .message.customer .text")).hasText("Thanks, that was all.",
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));
		String ticket = ticketOf(visitor);
		// Connected live before the agent acts.
		Api.on(this.port).post("/api/v1/tickets/" + ticket + "/messages", "{\"body\":\"Glad to help!\"}");
		assertThat(visitor.locator("#meridian-chat .message.agent .text, #meridian-chat .message.system .text").last())
			.hasText("Glad to help!");

		Api.Response solved = Api.on(this.port).patch("/api/v1/tickets/" + ticket, "{\"status\":\"solved\"}");
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

		assertThat(visitor.locator("#meridian-chat .notice")).hasText("This chat has ended.");
		assertThat(visitor.locator("#meridian-chat .composer")).isHidden();
		Locator transcript = visitor.locator("#meridian-chat button.transcript");
		assertThat(transcript).isVisible();
		transcript.click();
		assertThat(visitor.locator("#meridian-chat .notice"))
			.hasText("The transcript is on its way to your email address.");
		// The mail is queued by the email module's listener after the request's commit,
		// so
		// it may come a moment after the widget's notice.
		Eventually.holds("the transcript is queued once", () -> this.jdbc.queryForObject(
				"select count(*) from email_outbox where ticket_id = ?::uuid and kind = 'COMPOSED' and recipient = ?",
				Integer.class, ticket, email) == 1);
	}

	@Test
	void anAgentInsertsAHelpCenterLinkInTheVisitorsLanguage() {
		String word = "Handschuhpflege" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
		String slugDe = "handschuhe-waschen-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response article = Api.on(this.port)
			.post("/api/v1/knowledge/articles",
					json(Map.of("sourceLocale", "en", "translations",
							java.util.List.of(
									Map.of("locale", "en", "title", "Washing gloves " + word, "body",
											"How to wash wool gloves. " + word, "status", "published", "slug",
											"washing-gloves-" + UUID.randomUUID().toString().substring(0, 8)),
									Map.of("locale", "de", "title", "Handschuhe waschen " + word, "body",
											"So waschen Sie Wollhandschuhe. " + word, "status", "published", "slug",
											slugDe)))));
		assertThat(article.status()).as(article.toString()).isEqualTo(201);
		Api.Response chat = Api.on(this.port).withToken("").post("/chat/v1/conversations", "{\"locale\":\"de\"}");
		String ticket = chat.json().get("ticketId").asString();
		long number = Api.on(this.port).get("/api/v1/tickets/" + ticket).json().get("number").asLong();
		String agentEmail = "links." + UUID.randomUUID() + "@example.com";
		new Fixtures(Api.on(this.port)).agentWithPassword(agentEmail, "correct horse battery", "Europe/Berlin", "en");

		Page agent = browser.newPage("en");
		Browser.signIn(agent, "http://localhost:" + this.port + "/app/tickets/" + number, agentEmail,
				"correct horse battery");
		agent.getByLabel("Insert article link (help center, in the visitor's language)").fill(word);
		agent.locator(".article-link-search button[type=submit]").click();
		Locator found = agent.locator("#article-link-results li");
		assertThat(found).hasCount(1);
		assertThat(found.locator("a")).hasText("Handschuhe waschen " + word);
		assertThat(found.locator("a")).hasAttribute("lang", "de");
		found.locator(".insert-article-link").click();

		String inserted = agent.locator("#reply-body").inputValue();
		assertThat(inserted).contains("Handschuhe waschen " + word)
			.contains("http://localhost:" + this.port + "/help/de/articles/" + slugDe);
	}

	@Test
	void theDemoShopPageShowsTheWidget() throws IOException {
		// The test server runs without the demo: the page it would serve, on its origin.
		byte[] html;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/shop.html")) {
			html = in.readAllBytes();
		}
		assertThat(Api.on(this.port).withToken("").get("/demo/shop").status()).isEqualTo(404);
		Page page = browser.newPage("de");
		page.route("http://localhost:" + this.port + "/demo/shop",
				route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
					.setContentType("text/html; charset=utf-8")
					.setBodyBytes(html)));
		page.navigate("http://localhost:" + this.port + "/demo/shop");

		Locator launcher = page.locator("#meridian-chat .launcher");
		assertThat(launcher).isVisible();
		launcher.click();
		assertThat(page.locator("#meridian-chat h2")).isVisible();
		assertThat(page.locator("#meridian-chat .frame")).hasAttribute("lang", "de");
	}

	private String shopPage() {
		return this.shop.url("/gloves");
	}

	/** The ticket of the conversation this page's widget holds. */
	private String ticketOf(Page page) {
		String conversation = (String) page.evaluate(
				"JSON.parse(localStorage.getItem('meridian-chat:http://127.0.0.1:" + this.port + "')).conversationId");
		return this.jdbc.queryForObject("select ticket_id::text from chat_conversations where id = ?::uuid",
				String.class, conversation);
	}

}
