package dev.meridian.channels.chat.live;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.ShopPage;
import dev.meridian.support.LocalDeepL;
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
 * The chat across a language barrier, each side in its own headless Chromium: an Arabic
 * visitor on a shop's page writes right to left, an agent whose workspace speaks German
 * reads the German translation live and answers in German, and the visitor reads the
 * answer in Arabic. Arabic and German go through a local service with DeepL's API
 * ({@link LocalDeepL}), as a team without Arabic readers would configure it.
 */
@IntegrationTest
class TranslatedChatBrowserTests {

	static final String QUESTION = "مرحبا، هل القبعة الزرقاء متوفرة بالمقاس المتوسط؟";

	static final String QUESTION_DE = "Hallo, ist der blaue Hut in Größe M verfügbar?";

	static final String FOLLOW_UP = "وكم تكلفة الشحن إلى دبي؟";

	static final String FOLLOW_UP_DE = "Und was kostet der Versand nach Dubai?";

	static final String ANSWER = "Ja, der blaue Hut ist in Größe M vorrätig. Der Versand nach Dubai kostet 25 AED.";

	static final String ANSWER_AR = "نعم، القبعة الزرقاء متوفرة بالمقاس المتوسط. الشحن إلى دبي يكلف 25 درهمًا.";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ShopPage shop;

	@BeforeEach
	void openTheShop() throws IOException {
		// Patience for a machine shared with other builds: each message goes through
		// language detection, translation and two browsers before it shows.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		LocalDeepL.learn("ar", "de", QUESTION, QUESTION_DE);
		LocalDeepL.learn("ar", "de", FOLLOW_UP, FOLLOW_UP_DE);
		LocalDeepL.learn("de", "ar", ANSWER, ANSWER_AR);
		LocalDeepL.learn("ar", "de", ANSWER_AR, ANSWER);
		this.shop = ShopPage.serving(address -> {
			// No locale from the shop: the visitor's browser languages decide.
			return """
					<!doctype html>
					<html><head><meta charset="utf-8"><title>Hat shop</title></head>
					<body><h1>Hats</h1>
					<script src="http://127.0.0.1:%d/widget.js" async></script>
					</body></html>
					""".formatted(this.port);
		});
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void anArabicVisitorAndAGermanAgentEachReadTheOtherInTheirOwnLanguage() {
		String path = "/hats/blue-" + Fixtures.unique();
		Page visitor = browser.newPage("ar-AE");
		visitor.navigate(this.shop.url(path));
		visitor.locator("#meridian-chat .launcher").click();
		assertThat(visitor.locator("#meridian-chat .frame")).hasAttribute("dir", "rtl");
		assertThat(visitor.locator("#meridian-chat .panel")).hasCSS("direction", "rtl");
		Locator input = visitor.locator("#meridian-chat textarea");
		input.fill(QUESTION);
		input.press("Enter");
		// The first message after the server starts may wait for the language detection
		// models the test server loads in the background.
		assertThat(visitor.locator("#meridian-chat .message.customer .text")).hasText(QUESTION,
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));

		String ticketId = this.jdbc.queryForObject("select ticket_id::text from chat_conversations where page like ?",
				String.class, "%" + path);
		Api api = Api.on(this.port);
		assertThat(api.get("/api/v1/tickets/" + ticketId).json().get("language").asString()).startsWith("ar");
		long number = api.get("/api/v1/tickets/" + ticketId).json().get("number").asLong();

		String email = "jonas." + Fixtures.unique() + "@meridian.example";
		Api.Response created = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Jonas Weber", "role", "agent", "timeZone", "Europe/Berlin",
						"uiLanguage", "de", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Page agent = browser.newPage("de-DE");
		Browser.signIn(agent, "http://localhost:" + this.port + "/app/tickets/" + number, email,
				"correct horse battery");
		assertThat(agent.locator("html")).hasAttribute("lang", "de");
		assertThat(agent.locator("#live")).hasAttribute("data-connected", "true");
		Locator inbound = agent.locator("article.message.inbound .translated.ready .translation-text");
		assertThat(inbound.first()).hasText(QUESTION_DE);
		agent.evaluate("window.__stillTheSamePage = true");

		// The visitor writes again: the agent reads it in German, pushed, no reload.
		input.fill(FOLLOW_UP);
		input.press("Enter");
		assertThat(inbound.last()).hasText(FOLLOW_UP_DE);
		assertThat((Boolean) agent.evaluate("window.__stillTheSamePage === true")).isTrue();

		// The agent answers in German; the visitor reads Arabic, the German one click
		// away.
		agent.locator("#reply-body").fill(ANSWER);
		agent.locator("form.reply div.actions button[type=submit]").click();
		Locator answer = visitor.locator("#meridian-chat .message.agent").last();
		assertThat(answer.locator(".text")).hasText(ANSWER_AR);
		answer.locator(".show-original").click();
		assertThat(answer.locator(".original")).hasText(ANSWER);
		assertThat(answer.locator(".original")).hasAttribute("lang", "de");

		// A reload keeps the whole conversation, still in Arabic and still right to left.
		visitor.reload();
		assertThat(visitor.locator("#meridian-chat .frame")).hasAttribute("dir", "rtl");
		assertThat(visitor.locator("#meridian-chat .message.customer .text"))
			.hasText(new String[] { QUESTION, FOLLOW_UP });
		assertThat(visitor.locator("#meridian-chat .message.agent .text").last()).hasText(ANSWER_AR);
	}

}
