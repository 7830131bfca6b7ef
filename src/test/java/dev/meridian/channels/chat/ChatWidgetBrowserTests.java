package dev.meridian.channels.chat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
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
 * The widget on a shop's own page, served from another origin than Meridian (as a shop's
 * site is), in headless Chromium.
 */
@IntegrationTest
class ChatWidgetBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The shop: one static page that embeds the widget with one script tag. */
	ShopPage shop;

	@BeforeEach
	void openTheShop() throws IOException {
		this.shop = ShopPage.serving(address -> {
			String locale = address.getQuery() == null ? "" : address.getQuery().replace("locale=", "");
			return """
					<!doctype html>
					<html lang="en"><head><meta charset="utf-8"><title>Tienda</title></head>
					<body><h1>Scarves and hats</h1>
					<script src="http://127.0.0.1:%d/widget.js" data-locale="%s" async></script>
					</body></html>
					""".formatted(this.port, locale);
		});
	}

	@AfterEach
	void closeTheShop() {
		this.shop.close();
	}

	@Test
	void anArabicVisitorChatsRightToLeftAndKeepsTheConversationAcrossReloads() {
		Page page = browser.newPage("ar");
		page.navigate(shopPage("ar"));

		Locator launcher = page.locator("#meridian-chat .launcher");
		assertThat(launcher).hasAttribute("aria-label", "افتح المحادثة");
		launcher.click();
		assertThat(page.locator("#meridian-chat .frame")).hasAttribute("dir", "rtl");
		assertThat(page.locator("#meridian-chat h2")).hasText("تحدث معنا");
		// Right to left: the panel hugs the right edge, its text starts on the right.
		assertThat(page.locator("#meridian-chat .panel")).hasCSS("direction", "rtl");

		page.locator("#meridian-chat textarea").fill("مرحبا، أين طلبي؟ اشتريته الأسبوع الماضي.");
		page.locator("#meridian-chat textarea").press("Enter");
		Locator mine = page.locator("#meridian-chat .message.customer .text");
		assertThat(mine).hasText("مرحبا، أين طلبي؟ اشتريته الأسبوع الماضي.");

		String ticket = this.jdbc.queryForObject(
				"select ticket_id::text from chat_conversations order by created_at desc limit 1", String.class);
		assertThat(Api.on(this.port).get("/api/v1/tickets/" + ticket).json().get("language").asString())
			.isEqualTo("ar");
		Api.on(this.port)
			.post("/api/v1/tickets/" + ticket + "/messages",
					"{\"body\":\"طلبك في الطريق وسيصل يوم الخميس.\",\"language\":\"ar\"}");
		Locator reply = page.locator("#meridian-chat .message:not(.customer):not(.greeting) .text");
		assertThat(reply.last()).hasText("طلبك في الطريق وسيصل يوم الخميس.");

		page.reload();
		assertThat(page.locator("#meridian-chat .panel")).isVisible();
		assertThat(page.locator("#meridian-chat .message.customer .text"))
			.hasText("مرحبا، أين طلبي؟ اشتريته الأسبوع الماضي.");
		assertThat(page.locator("#meridian-chat .message:not(.customer):not(.greeting) .text").last())
			.hasText("طلبك في الطريق وسيصل يوم الخميس.");
	}

	/**
	 * A line sent over the socket is answered to the sending tab alone (not through the
	 * broker); the visitor's other tab shows it at once all the same, passed on in the
	 * browser.
	 */
	@Test
	void aLineSentOverTheSocketInOneTabShowsInTheVisitorsOtherTab() {
		Page first = browser.newPage("en-GB");
		AtomicBoolean firstLive = new AtomicBoolean();
		AtomicBoolean saidOverTheSocket = new AtomicBoolean();
		first.onWebSocket(socket -> {
			socket.onFrameReceived(frame -> firstLive.compareAndSet(false, text(frame).startsWith("CONNECTED")));
			socket.onFrameSent(frame -> saidOverTheSocket.compareAndSet(false, text(frame).contains(".say\n")));
		});
		first.navigate(shopPage("en"));
		first.locator("#meridian-chat .launcher").click();
		first.locator("#meridian-chat textarea").fill("Do you ship hats to Portugal?");
		first.locator("#meridian-chat textarea").press("Enter");
		assertThat(first.locator("#meridian-chat .message.customer .text")).hasText("Do you ship hats to Portugal?");

		Page second = first.context().newPage();
		second.navigate(shopPage("en"));
		second.locator("#meridian-chat .launcher").click();
		// The second tab has read the conversation: it is connected and listening.
		assertThat(second.locator("#meridian-chat .message.customer .text")).hasText("Do you ship hats to Portugal?");
		first.waitForCondition(firstLive::get);

		first.locator("#meridian-chat textarea").fill("And to the Azores?");
		first.locator("#meridian-chat textarea").press("Enter");
		assertThat(second.locator("#meridian-chat .message.customer .text"))
			.hasText(new String[] { "Do you ship hats to Portugal?", "And to the Azores?" });
		assertThat(saidOverTheSocket).isTrue();
	}

	private static String text(com.microsoft.playwright.WebSocketFrame frame) {
		String text = frame.text();
		return text == null ? "" : text;
	}

	/**
	 * A node working on as many lines as it takes answers 503 and stores nothing: the
	 * widget sends the line again by itself, so the visitor sees it sent once, no error.
	 * (The network answers the first send with the server's busy problem; the second
	 * reaches the server.)
	 */
	@Test
	void aLineRefusedAsBusyIsSentAgainByTheWidgetAndStoredOnce() {
		Page page = browser.newPage("en-GB");
		java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
		page.route("**/chat/v1/conversations/*/messages", route -> {
			if ("POST".equals(route.request().method()) && refused.getAndIncrement() == 0) {
				route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503)
					.setContentType("application/problem+json")
					.setHeaders(java.util.Map.of("Access-Control-Allow-Origin", "*", "Retry-After", "1"))
					.setBody("{\"status\":503,\"type\":\"urn:meridian:problem:chat-busy\","
							+ "\"note\":\"So many people are writing right now that your message could not be taken.\"}"));
			}
			else {
				route.resume();
			}
		});
		page.navigate(shopPage("en"));
		page.locator("#meridian-chat .launcher").click();
		// A marker of letters only: the server masks what reads as a card number, and a
		// nanosecond count once passed the Luhn check.
		String line = "Is the red hat back in stock? (ref "
				+ Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x") + ")";
		page.locator("#meridian-chat textarea").fill(line);
		page.locator("#meridian-chat textarea").press("Enter");

		assertThat(page.locator("#meridian-chat .message.customer .text")).hasText(line,
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));
		assertThat(page.locator("#meridian-chat .error")).isEmpty();
		assertThat(page.locator("#meridian-chat textarea")).hasValue("");
		assertThat(refused.get()).isGreaterThanOrEqualTo(2);
		Integer stored = this.jdbc.queryForObject("select count(*) from messages where body_text = ?", Integer.class,
				line);
		assertThat(stored).isEqualTo(1);
	}

	@Test
	void aSpanishVisitorReadsTheEnglishReplyTranslatedWithTheOriginalOneClickAway() {
		Page page = browser.newPage("es-MX");
		page.navigate(shopPage(""));
		page.locator("#meridian-chat .launcher").click();
		assertThat(page.locator("#meridian-chat .frame")).hasAttribute("dir", "ltr");
		page.locator("#meridian-chat textarea").fill("¿Tienen la bufanda azul?");
		page.locator("#meridian-chat button[type=submit]").click();
		// The first short Spanish text after the server starts waits for the detection
		// models the test server loads in the background (tests detect with full models).
		assertThat(page.locator("#meridian-chat .message.customer .text")).hasText("¿Tienen la bufanda azul?",
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));

		String ticket = this.jdbc.queryForObject(
				"select ticket_id::text from chat_conversations order by created_at desc limit 1", String.class);
		Api.on(this.port)
			.post("/api/v1/tickets/" + ticket + "/messages",
					"{\"body\":\"Your order is in the warehouse.\",\"language\":\"en\"}");

		Locator translated = page.locator("#meridian-chat .message:has(.show-original)");
		assertThat(translated.locator(".text")).containsText("almacén");
		assertThat(translated.locator(".original")).isHidden();
		translated.locator(".show-original").click();
		assertThat(translated.locator(".original")).hasText("Your order is in the warehouse.");
		assertThat(translated.locator(".original")).hasAttribute("lang", "en");
	}

	private String shopPage(String locale) {
		// "localhost", not 127.0.0.1: another origin than Meridian's, as a shop's site
		// is.
		return this.shop.url("/?locale=" + locale);
	}

}
