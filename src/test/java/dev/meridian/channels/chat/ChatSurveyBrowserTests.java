package dev.meridian.channels.chat;

import java.io.IOException;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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

/**
 * The CSAT question in the widget once the chat's ticket is solved, in headless Chromium.
 */
@IntegrationTest
class ChatSurveyBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final LocatorAssertions.HasTextOptions SLOW = new LocatorAssertions.HasTextOptions().setTimeout(30_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ShopPage shop;

	@BeforeEach
	void openTheShop() throws IOException {
		this.shop = ShopPage.serving(address -> """
				<!doctype html>
				<html lang="he"><head><meta charset="utf-8"><title>חנות</title></head>
				<body><h1>צעיפים</h1>
				<script src="http://127.0.0.1:%d/widget.js" data-locale="he" async></script>
				</body></html>
				""".formatted(this.port));
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void aHebrewVisitorIsAskedRightToLeftOnceTheChatIsSolvedAndRatesItOnce() {
		Page page = browser.newPage("he-IL");
		page.navigate(this.shop.url("/"));
		page.locator("#meridian-chat .launcher").click();
		String text = "איפה ההזמנה שלי? " + Fixtures.unique();
		page.locator("#meridian-chat textarea").fill(text);
		page.locator("#meridian-chat button[type=submit]").click();
		// a loaded machine may take more than the default five seconds to open the chat
		assertThat(page.locator("#meridian-chat .message.customer .text")).hasText(text, SLOW);
		String ticket = Eventually.present("the visitor's message stored",
				() -> this.jdbc
					.queryForList("select ticket_id::text from messages where body_text = ?", String.class, text)
					.stream()
					.findFirst()
					.orElse(null));

		Api api = Api.on(this.port);
		api.post("/api/v1/tickets/" + ticket + "/messages", "{\"body\":\"ההזמנה בדרך.\",\"language\":\"he\"}");
		api.patch("/api/v1/tickets/" + ticket, "{\"status\":\"solved\"}");

		Locator survey = page.locator("#meridian-chat .survey");
		assertThat(survey.locator("legend")).hasText("עד כמה אתם מרוצים מהעזרה שקיבלתם?", SLOW);
		assertThat(survey).hasAttribute("dir", "rtl");
		assertThat(survey.locator("button")).hasCount(5);
		survey.locator("button[value='5']").click();
		assertThat(survey.locator(".thanks")).hasText("תודה! הדירוג שלכם נשמר.", SLOW);

		// Answered: a reload asks no more.
		page.reload();
		assertThat(page.locator("#meridian-chat .message.customer .text")).hasText(text, SLOW);
		assertThat(page.locator("#meridian-chat .survey")).hasCount(0);
	}

}
