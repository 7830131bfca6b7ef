package dev.meridian.channels.chatbot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's supervision screen, reached from the workspace's navigation by a supervisor
 * in German: the conversation the test hands off shows under its language and market, and
 * the market gets a threshold of its own, then the standard one again. Malta is this
 * test's market, with the bot always answering first.
 */
@IntegrationTest
class BotSupervisionBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	ShopSettings shops;

	@Autowired
	BotThresholds thresholds;

	@Test
	void aSupervisorSeesTheHandOffAndGivesTheMarketItsOwnThreshold() {
		Api api = Api.on(this.port);
		new Fixtures(api).market("MT", "en", "EUR", "Europe/Malta");
		this.shops.save(this.shops.forMarket("MT").withBot(BotMode.ALWAYS));
		Api browserApi = Api.on(this.port).withToken("");
		JsonNode chat = browserApi.post("/chat/v1/conversations", "{\"locale\":\"en\",\"market\":\"MT\"}").json();
		Api visitor = browserApi.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
		assertThat(visitor
			.post("/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages",
					"{\"text\":\"I want to talk to a human please\"}")
			.status()).isEqualTo(201);

		String supervisor = "bot.supervisor." + Fixtures.unique() + "@meridian.example";
		assertThat(api
			.post("/api/v1/agents",
					"""
							{"email":"%s","displayName":"Greta Vella","role":"supervisor","timeZone":"Europe/Malta","uiLanguage":"de",
							 "password":"%s","languages":[{"language":"en","proficiency":"native"}]}
							"""
						.formatted(supervisor, PASSWORD))
			.status()).isEqualTo(201);
		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", supervisor, PASSWORD);
		page.locator("header.top nav a", new Page.LocatorOptions().setHasText("Chat-Bot")).click();

		assertThat(page.locator("h1")).hasText("Chat-Bot");
		Locator row = page.locator("#bot-outcomes tr[data-language=en][data-market=MT]");
		assertThat(row.locator("td[data-outcome=handed_off]")).not().hasText("0");

		Locator thresholds = page.locator("#thresholds");
		thresholds.locator("input[name=market]").fill("MT");
		thresholds.locator("input[name=threshold]").fill("0.8");
		thresholds.locator("form.inline button[type=submit]").click();
		Locator own = page.locator("#bot-thresholds tr[data-market=MT]");
		assertThat(own.locator("td").nth(1)).hasText("0,80");
		assertThat(this.thresholds.of("MT")).contains(0.8);

		own.locator("button").click();
		assertThat(page.locator("#bot-thresholds tr[data-market=MT]")).hasCount(0);
		assertThat(this.thresholds.of("MT")).isEmpty();
	}

}
