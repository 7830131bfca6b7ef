package dev.meridian.channels.chatbot;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.ShopPage;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget at 03:00 on the visitor's clock, nobody who reads their language on shift: a
 * Persian visitor in Tehran asks, the bot answers from a Persian article, the visitor
 * asks for a person and reads when one will answer, on their own clock. Persian is this
 * test's own: no other test's agent reads it, so who else is on shift in the shared
 * database does not matter; the Persian team works 09:00–17:00 Tehran time.
 */
@IntegrationTest
class NightBotBrowserTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	/**
	 * 03:00 on a Tuesday in Tehran, in the past: nothing created here looks newer than
	 * other tests' data.
	 */
	static final Instant THREE_AM = ZonedDateTime.now(TEHRAN)
		.minusWeeks(1)
		.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY))
		.withHour(3)
		.withMinute(0)
		.withSecond(0)
		.withNano(0)
		.toInstant();

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ShopSettings shops;

	Api api;

	ShopPage shop;

	String word;

	@BeforeEach
	void aPersianShopWhoseBotAnswersWhileItsTeamSleeps() throws IOException {
		this.api = Api.on(this.port);
		TestClock.travelTo(THREE_AM);
		new Fixtures(this.api).market("IR", "fa", "IRR", "Asia/Tehran");
		this.shops.save(this.shops.forMarket("IR").withBot(BotMode.UNSTAFFED));
		persianAgentOnDayShifts();
		this.word = "زیبرلوکس" + Long.toString(System.nanoTime() % 1_000_000_000L);
		Api.Response created = this.api.post("/api/v1/knowledge/articles", Fixtures.json(Map.of("sourceLocale", "fa",
				"translations",
				List.of(Map.of("locale", "fa", "title", "تمیز کردن فیلتر " + this.word, "status", "published", "body",
						"پیش از باز کردن، فیلتر " + this.word + " را از برق بکشید. اسفنج فیلتر " + this.word
								+ " را بیرون بیاورید و آن را با آب آکواریوم بشویید، هرگز با آب شیر.\n\n" + "ضمانت "
								+ this.word + " دو سال است.")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String article = created.json().get("id").asString();
		Eventually.satisfies("the bot answers from the new article",
				() -> this.api
					.post("/api/v1/bot/answer",
							Fixtures.json(Map.of("text", question(), "locale", "fa-IR", "market", "IR")))
					.json(),
				reply -> reply.get("answer") != null && !reply.get("answer").isNull()
						&& article.equals(reply.get("answer").get("articleId").asString()));
		this.shop = ShopPage.serving(address -> """
				<!doctype html>
				<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>فروشگاه</title></head>
				<body><h1>آکواریوم</h1>
				<script src="http://127.0.0.1:%d/widget.js" data-market="IR" async></script>
				</body></html>
				""".formatted(this.port));
	}

	@AfterEach
	void closeTheShopAndResetTheClock() {
		if (this.shop != null) {
			this.shop.close();
		}
		TestClock.reset();
	}

	@Test
	void theBotAnswersAtThreeInTheMorningAndAPersonIsPromisedOnTheVisitorsClock() {
		JsonNode availability = Api.on(this.port)
			.withToken("")
			.get("/chat/v1/widget?locale=fa-IR&zone=Asia/Tehran&market=IR")
			.json()
			.get("availability");
		assertThat(availability.get("staffed").asBoolean()).isFalse();
		ZonedDateTime promised = Instant.parse(availability.get("answerBy").asString()).atZone(TEHRAN);
		// The same day, within the Persian team's shift (09:00–17:00), not in the night.
		assertThat(promised.toLocalDate()).isEqualTo(THREE_AM.atZone(TEHRAN).toLocalDate());
		assertThat(promised.toLocalTime()).isBetween(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		String promise = availability.get("text").asString();

		Page page = browser.newPage("fa-IR", "Asia/Tehran");
		page.navigate(this.shop.url("/"));
		page.locator("#meridian-chat .launcher").click();
		assertThat(page.locator("#meridian-chat .frame")).hasAttribute("dir", "rtl");
		page.locator("#meridian-chat textarea").fill(question());
		page.locator("#meridian-chat textarea").press("Enter");

		Locator answer = page.locator("#meridian-chat .message.bot .text").first();
		// The first message after the server starts waits for the detection models the
		// test server loads in the background.
		assertThat(answer).containsText("اسفنج", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
		assertThat(answer).containsText("منبع");
		Locator person = page.locator("#meridian-chat .person");
		assertThat(person).isVisible();
		assertThat(person).hasText("صحبت با یک شخص");
		person.click();

		Locator handOff = page.locator("#meridian-chat .message.bot .text").last();
		assertThat(handOff).containsText(promise);
		assertThat(person).isHidden();
	}

	private String question() {
		return "چطور فیلتر " + this.word + " را تمیز کنم؟";
	}

	private void persianAgentOnDayShifts() {
		String suffix = Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/agents",
				Fixtures.json(Map.of("email", "fa." + suffix + "@example.com", "displayName", "Agent " + suffix, "role",
						"agent", "timeZone", "Asia/Tehran", "uiLanguage", "en", "languages",
						List.of(Map.of("language", "fa", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Map<String, Object> availability = new LinkedHashMap<>();
		availability.put("shifts",
				List.of("saturday", "sunday", "monday", "tuesday", "wednesday")
					.stream()
					.map(day -> Map.<String, Object>of("day", day, "start", "09:00", "end", "17:00"))
					.toList());
		availability.put("capacity", Map.of("maxOpenTickets", 20, "maxConcurrentChats", 2));
		Api.Response shifts = this.api.put("/api/v1/agents/" + created.json().get("id").asString() + "/availability",
				Fixtures.json(availability));
		assertThat(shifts.status()).as(shifts.toString()).isEqualTo(200);
	}

}
