package dev.meridian.commerce;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.commerce.OrderJson.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Japanese customer returns an item from the help center in headless Chromium: asks for
 * the link, follows it, picks the item and the reason, and reads the instructions, the
 * return address and the status. (The mail itself is read in
 * {@link HelpCenterReturnIntegrationTests}; here the link comes from the outbox.)
 */
@IntegrationTest
class HelpCenterReturnBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void customerOpensAReturnFromTheHelpCenter() {
		Api api = Api.on(this.port);
		new Fixtures(api).market("JP", "ja", "JPY", "Asia/Tokyo");
		OrderJson ordered = anOrder().in("JPY")
			.to("JP")
			.placedAt(Instant.now().minus(Duration.ofDays(4)))
			.with("\"language\": \"ja\", \"deliveredAt\": \"" + Instant.now().minus(Duration.ofDays(1)) + "\"")
			.item("YUKATA", 1, "12800")
			.item("OBI", 2, "3500");
		Api.Response placed = api.post("/api/v1/commerce/orders", ordered.json());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

		Page page = browser.newPage("ja-JP");
		page.navigate(url("/help/ja/returns"));
		page.fill("#r-number", ordered.number());
		page.fill("#r-email", ordered.email());
		page.locator("#return-lookup button[type=submit]").click();
		assertThat(page.locator("p.notice")).containsText("リンクをお送りしました");

		String link = Eventually.present("the link queued for " + ordered.email(),
				() -> this.jdbc.sql("select confirm_link from email_outbox where order_number = ?")
					.param(ordered.number())
					.query(String.class)
					.optional()
					.orElse(null));
		page.navigate(link);
		page.locator("#return-access button[type=submit]").click();

		assertThat(page.locator("h2")).hasText("ご注文 " + ordered.number());
		assertThat(page.locator("#return-policy")).containsText("返送料はお客様のご負担です。");
		assertThat(page.locator("#return-policy")).containsText("交換はお受けしておりません");
		page.selectOption("#q1", "2");
		page.locator("select[name=reason1]").selectOption("does-not-fit");
		page.locator("#return-form button[type=submit]").click();

		assertThat(page.locator("#return-opened")).containsText("返品 R-");
		assertThat(page.locator("#return-opened address")).containsText("東京都江東区");
		assertThat(page.locator("#return-status")).containsText("申込済み");
		assertThat(page.locator("#return-status")).containsText("2 × OBI（サイズが合わない）");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
