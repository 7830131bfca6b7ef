package dev.meridian.channels.chat.live;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a shop's page and an agent on the chat ticket's screen, each in their own
 * headless Chromium context, talking live over WebSockets: nobody reloads and nobody
 * polls.
 */
@IntegrationTest
class LiveConsoleBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ShopPage shop;

	@BeforeEach
	void openTheShop() throws IOException {
		// Patience for a machine shared with other builds: a message goes through
		// language detection and two browsers before it shows.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		this.shop = ShopPage.serving(address -> {
			return """
					<!doctype html>
					<html lang="en"><head><meta charset="utf-8"><title>Hat shop</title></head>
					<body><h1>Hats</h1>
					<script src="http://127.0.0.1:%d/widget.js" data-locale="en" async></script>
					</body></html>
					""".formatted(this.port);
		});
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void anAgentSeesTheVisitorWriteAndTypeLiveAndTheVisitorSeesTheReplyWithoutPolling() {
		Page visitor = browser.newPage("en");
		List<String> sockets = new CopyOnWriteArrayList<>();
		List<String> waits = new CopyOnWriteArrayList<>();
		visitor.onWebSocket(socket -> sockets.add(socket.url()));
		visitor.onRequest(request -> {
			if (request.url().contains("wait=")) {
				waits.add(request.url());
			}
		});
		visitor.navigate(this.shop.url("/hats"));
		visitor.locator("#meridian-chat .launcher").click();
		Locator input = visitor.locator("#meridian-chat textarea");
		input.fill("Do you have this hat in size M?");
		input.press("Enter");
		// The first message after the server starts waits for the language detection
		// models the test server loads in the background.
		assertThat(visitor.locator("#meridian-chat .message.customer .text")).hasText("Do you have this hat in size M?",
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));

		String ticketId = this.jdbc.queryForObject(
				"select ticket_id::text from chat_conversations order by created_at desc limit 1", String.class);
		long number = Api.on(this.port).get("/api/v1/tickets/" + ticketId).json().get("number").asLong();
		String email = "console." + UUID.randomUUID() + "@example.com";
		new Fixtures(Api.on(this.port)).agentWithPassword(email, "correct horse battery", "Europe/Berlin", "en");
		Page agent = browser.newPage("en");
		Browser.signIn(agent, "http://localhost:" + this.port + "/app/tickets/" + number, email,
				"correct horse battery");
		assertThat(agent.locator("#conversation-messages")).containsText("Do you have this hat in size M?");
		assertThat(agent.locator("#live")).hasAttribute("data-connected", "true");
		// A mark on the page: still there at the end, so nothing reloaded it.
		agent.evaluate("window.__stillTheSamePage = true");

		// The page the visitor is on, which their widget says once its socket is up; then
		// the visitor types, and the agent sees it.
		assertThat(agent.locator("#live-viewing .page")).hasText(this.shop.url("/hats"));
		input.fill("And in blue");
		assertThat(agent.locator("#live-typing")).isVisible();
		input.press("Enter");
		assertThat(agent.locator("#conversation-messages")).containsText("And in blue");
		assertThat(agent.locator("#live-typing")).isHidden();
		assertThat((Boolean) agent.evaluate("window.__stillTheSamePage === true")).isTrue();

		// The agent types and replies: the visitor sees both, pushed.
		agent.locator("#reply-body").fill("Yes, size M in blue is in stock.");
		assertThat(visitor.locator("#meridian-chat .typing")).isVisible();
		agent.locator("form.reply button[type=submit]").click();
		assertThat(visitor.locator("#meridian-chat .message.agent .text").last())
			.hasText("Yes, size M in blue is in stock.");
		assertThat(visitor.locator("#meridian-chat .typing")).isHidden();
		// The agent's screen, back after sending, has read the visitor's messages.
		assertThat(visitor.locator("#meridian-chat .read")).isVisible();

		assertThat(sockets).anyMatch(url -> url.endsWith("/chat/ws"));
		assertThat(waits).as("no long polling while the socket is up").isEmpty();
	}

}
