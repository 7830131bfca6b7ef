package dev.meridian.channels.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.meridian.channels.chat.settings.FieldMode;
import dev.meridian.channels.chat.settings.PreChatForm;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.channels.chat.settings.WidgetSettings;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A market's widget settings on a shop page whose origin only those settings allow
 * ({@code 127.0.0.2}, not among the origins configured for all markets): the pre-chat
 * form, the email prompt when nobody can answer, ending the chat and asking for its
 * transcript; and the admin screen that sets the colour and greeting the widget shows.
 */
@IntegrationTest
class ChatSettingsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShopSettings shops;

	HttpServer shop;

	Api api;

	@BeforeEach
	void openTheIcelandicShop() throws IOException {
		this.api = Api.on(this.port);
		new Fixtures(this.api).market("IS", "is", "ISK", "Atlantic/Reykjavik");
		this.shop = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
		this.shop.createContext("/", exchange -> {
			String locale = exchange.getRequestURI().getQuery() == null ? ""
					: exchange.getRequestURI().getQuery().replace("locale=", "");
			byte[] page = """
					<!doctype html>
					<html lang="is"><head><meta charset="utf-8"><title>Lopapeysur</title></head>
					<body><h1>Lopapeysur</h1>
					<script src="http://127.0.0.1:%d/widget.js" data-locale="%s" data-market="IS" async></script>
					</body></html>
					""".formatted(this.port, locale).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(page);
			}
		});
		this.shop.start();
		// A Saturday: the Icelandic team works on weekdays, so nobody can answer now.
		TestClock.travelTo(ChatOfflineIntegrationTests.SATURDAY);
	}

	@AfterEach
	void closeTheShop() {
		this.shop.stop(0);
		this.shops.save(WidgetSettings.defaults("IS"));
		TestClock.reset();
	}

	@Test
	void aVisitorAnswersThePreChatFormLeavesAnAddressAndAsksForTheTranscript() {
		this.shops.save(new WidgetSettings("IS", true, "#7c2d12", Map.of(), List.of(shopOrigin()), List.of(),
				new PreChatForm(FieldMode.REQUIRED, FieldMode.OFF, FieldMode.OPTIONAL)));
		Page page = browser.newPage("is-IS");
		page.navigate(shopOrigin() + "/?locale=is");

		Locator launcher = page.locator("#meridian-chat .launcher");
		assertThat(launcher).hasCSS("background-color", "rgb(124, 45, 18)");
		launcher.click();
		Locator form = page.locator("#meridian-chat form.prechat");
		assertThat(form.locator("label[for=prechat-name]")).hasText("Your name");
		assertThat(form.locator("label[for=prechat-orderNumber]")).containsText("(optional)");
		assertThat(page.locator("#meridian-chat form.composer")).isHidden();
		form.locator("button[type=submit]").click();
		assertThat(page.locator("#meridian-chat .error")).hasText("Please fill in this field.");
		assertThat(form.locator("#prechat-name")).hasAttribute("aria-invalid", "true");

		form.locator("#prechat-name").fill("Jón Jónsson");
		form.locator("#prechat-orderNumber").fill("IS-777");
		form.locator("button[type=submit]").click();
		// The first conversation after the server starts waits for the detection models
		// the test server loads in the background.
		assertThat(form).hasCount(0,
				new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(180_000));
		page.locator("#meridian-chat textarea").fill("Is the grey lopapeysa available in size L?");
		page.locator("#meridian-chat textarea").press("Enter");
		// The first text after the server starts waits for the detection models the test
		// server loads in the background.
		assertThat(page.locator("#meridian-chat .message.customer .text")).hasText(
				"Is the grey lopapeysa available in size L?",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(180_000));

		String ticket = this.jdbc.queryForObject("select ticket_id::text from chat_conversations where page = ?",
				String.class, shopOrigin() + "/?locale=is");
		JsonNode opened = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(opened.get("tags")).extracting(JsonNode::asString).contains("order:is-777");
		assertThat(opened.get("customer").get("name").asString()).isEqualTo("Jón Jónsson");

		// Nobody can answer now: the widget asks where to continue.
		Locator email = page.locator("#meridian-chat form.email");
		assertThat(email.locator("label"))
			.hasText("Leave your email address and we will answer there, in this same conversation.");
		String address = "jon-" + Fixtures.unique() + "@visitor.example";
		email.locator("input").fill(address);
		email.locator("button[type=submit]").click();
		assertThat(page.locator("#meridian-chat .notice"))
			.hasText("Thank you: we will also answer by email if you leave.");
		assertThat(email).isHidden();
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("customer").get("email").asString())
			.isEqualTo(address);

		page.locator("#meridian-chat button.end").click();
		assertThat(page.locator("#meridian-chat .notice")).hasText("This chat has ended.");
		assertThat(page.locator("#meridian-chat form.composer")).isHidden();
		page.locator("#meridian-chat button.transcript").click();
		assertThat(page.locator("#meridian-chat .notice"))
			.hasText("The transcript is on its way to your email address.");
	}

	@Test
	void anAdminChangesColourAndGreetingAndTheShopsWidgetShowsThem() {
		String admin = "chat.admin." + Fixtures.unique() + "@meridian.example";
		assertThat(this.api
			.post("/api/v1/agents",
					"""
							{"email":"%s","displayName":"Jonas Weber","role":"admin","timeZone":"Europe/Berlin","uiLanguage":"de",
							 "password":"%s","languages":[{"language":"de","proficiency":"native"}]}
							"""
						.formatted(admin, PASSWORD))
			.status()).isEqualTo(201);
		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app/admin/chat?market=IS", admin, PASSWORD);

		assertThat(page.locator("h1")).hasText("Chat-Widget");
		assertThat(page.locator("#chat-snippet"))
			.hasText("<script src=\"http://localhost:" + this.port + "/widget.js\" data-market=\"IS\" async></script>");
		page.locator("#chat-colour").fill("#0f5132");
		page.locator("#greeting-en").fill("Halló! What are you looking for?");
		page.locator("#chat-origins").fill("https://shop.example/path");
		page.locator("form.chat-settings-form button[type=submit]").click();
		assertThat(page.locator(".field-error")).containsText("ohne Pfad");
		assertThat(page.locator("#greeting-en")).hasValue("Halló! What are you looking for?");

		page.locator("#chat-origins").fill(shopOrigin());
		page.locator("form.chat-settings-form button[type=submit]").click();
		assertThat(page.locator(".notice")).containsText("gespeichert");
		assertThat(page.locator("#chat-colour")).hasValue("#0f5132");

		Page visitor = browser.newPage("en-GB");
		visitor.navigate(shopOrigin() + "/?locale=en");
		Locator launcher = visitor.locator("#meridian-chat .launcher");
		assertThat(launcher).hasCSS("background-color", "rgb(15, 81, 50)");
		launcher.click();
		assertThat(visitor.locator("#meridian-chat .greeting")).hasText("Halló! What are you looking for?");
		assertThat(visitor.locator("#meridian-chat header")).hasCSS("background-color", "rgb(15, 81, 50)");
	}

	private String shopOrigin() {
		return "http://127.0.0.2:" + this.shop.getAddress().getPort();
	}

}
