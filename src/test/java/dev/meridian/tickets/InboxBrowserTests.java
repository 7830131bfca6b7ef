package dev.meridian.tickets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's main path in headless Chromium: sign in, find the ticket in the inbox,
 * open it, reply, see the reply in the conversation.
 */
@IntegrationTest
class InboxBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void agentRepliesToATicketFromTheInbox() {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime());
		api.post("/api/v1/markets",
				"""
						{"code":"AE","name":"United Arab Emirates","languages":["ar","en"],"currency":"AED","timeZone":"Asia/Dubai"}
						""");
		String email = "agent." + unique + "@meridian.example";
		assertThat(api
			.post("/api/v1/agents",
					"""
							{"email":"%s","displayName":"Rania Haddad","role":"agent","timeZone":"Asia/Manila","uiLanguage":"en",
							 "password":"correct horse battery","languages":[{"language":"ar","proficiency":"native"}]}
							"""
						.formatted(email))
			.status()).isEqualTo(201);
		JsonNode ticket = api
			.post("/api/v1/tickets",
					"""
							{"subject":"الطلب لم يصل بعد %s","customer":{"email":"layla.%s@example.ae","givenName":"ليلى","familyName":"الحسيني","country":"AE"},
							 "message":{"body":"مرحباً، طلبي رقم 4471 لم يصل بعد."}}
							"""
						.formatted(unique, unique))
			.json();
		String number = ticket.get("number").asString();

		Page page = browser.newPage("en-US");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", email, "correct horse battery");

		Locator link = page.locator("table.inbox a", new Page.LocatorOptions().setHasText(unique));
		assertThat(link).isVisible();
		assertThat(page.locator("table.inbox tr", new Page.LocatorOptions().setHasText(unique))).containsText(number);
		link.click();

		assertThat(page.locator("h1")).containsText(unique);
		Locator customerMessage = page.locator("article.message.inbound .body");
		assertThat(customerMessage).containsText("طلبي رقم 4471");
		assertThat(customerMessage).hasAttribute("dir", "auto");
		assertThat(page.locator("article.message.inbound .language")).hasText("Arabic");
		assertThat(page.locator(".customer-panel")).containsText("Local time");
		// The customer's own business week (CLDR's for the UAE), not the agent's.
		assertThat(page.locator(".customer-panel")).containsText("Next business day there");
		assertThat(page.locator(".customer-panel .next-business-day")).not().isEmpty();

		page.fill("#reply-body", "شكراً لتواصلك. سنتحقق من الشحنة اليوم.");
		page.click("form.reply button[type=submit]");

		assertThat(page.locator(".notice")).containsText("Your reply was sent.");
		assertThat(page.locator("article.message.outbound .body")).containsText("سنتحقق من الشحنة");
		assertThat(page.locator("article.message.outbound header")).containsText("Rania Haddad");
		assertThat(page.locator(".meta .badge")).hasText("Open");
	}

}
