package dev.meridian.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports screen in headless Chromium, in German: a supervisor in Tokyo filters by
 * market Japan and language Japanese, and the server-drawn chart shows the numbers its
 * table shows, day by day. Other tests share the database, so the test checks what it
 * seeded as a lower bound and the chart against the table exactly.
 */
@IntegrationTest
class ReportsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void supervisorInGermanFiltersByJapanAndJapaneseAndTheChartAgreesWithTheTable() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		for (int i = 0; i < 3; i++) {
			fixtures.aTicket().inMarket("JP").inLanguage("ja").about("注文はどこですか " + i).open();
		}
		String solved = fixtures.aTicket().inMarket("JP").inLanguage("ja").open().get("id").asString();
		assertThat(api.patch("/api/v1/tickets/" + solved, json(Map.of("status", "open"))).status()).isEqualTo(200);
		assertThat(api.patch("/api/v1/tickets/" + solved, json(Map.of("status", "solved"))).status()).isEqualTo(200);
		// Neither of these may count under Japan and Japanese.
		fixtures.aTicket().inMarket("DE").inLanguage("de").open();
		fixtures.aTicket().inMarket("JP").inLanguage("en").open();
		Eventually.satisfies("the tickets rolled up",
				() -> api
					.get("/api/v1/reports/summary?groupBy=market&market=JP&language=ja&zone=Asia/Tokyo&retention=true")
					.json(),
				r -> r.get("rows").size() == 1 && r.get("rows").get(0).get("tickets").asInt() >= 4
						&& r.get("rows").get(0).get("solved").asInt() >= 1);

		String unique = Fixtures.unique();
		String email = "leiterin." + unique + "@meridian.example";
		assertThat(api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Hanna Vogt", "role", "supervisor", "timeZone", "Asia/Tokyo",
						"uiLanguage", "de", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))))
			.status()).isEqualTo(201);

		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app/reports", email, "correct horse battery");
		assertThat(page.locator("h1")).hasText("Berichte");
		assertThat(page.locator("header nav a[href='/app/reports']")).hasText("Berichte");

		page.selectOption("select[name=market]", "JP");
		page.selectOption("select[name=language]", "ja");
		page.selectOption("select[name=groupBy]", "market");
		page.click("#report-filter button[type=submit]");

		Locator japan = page.locator("#report-summary tbody tr[data-key=JP]");
		assertThat(japan.locator("th")).hasText("Japan");
		assertThat(page.locator("#report-summary tbody tr")).hasCount(1);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*market=JP.*language=ja.*"));
		long tickets = Long.parseLong(japan.locator("td[data-column=tickets]").getAttribute("data-value"));
		long solvedCount = Long.parseLong(japan.locator("td[data-column=solved]").getAttribute("data-value"));
		assertThat(tickets).isGreaterThanOrEqualTo(4);
		assertThat(solvedCount).isGreaterThanOrEqualTo(1);
		JsonNode api4 = api
			.get("/api/v1/reports/summary?groupBy=market&market=JP&language=ja&zone=Asia/Tokyo&retention=true")
			.json()
			.get("rows")
			.get(0);
		assertThat(tickets).isEqualTo(api4.get("tickets").asLong());

		// Customer retention: the API's figure, with the two periods it compares (the
		// range and as many days before it), in German dates.
		Locator retention = japan.locator("td[data-column=retention]");
		JsonNode retained = api4.get("retention");
		assertThat(retention).hasAttribute("data-customers", Long.toString(retained.get("customers").asLong()));
		assertThat(retention).hasAttribute("data-returned", Long.toString(retained.get("returned").asLong()));
		assertThat(retention).hasText(Pattern.compile("^(–|\\d+(,\\d+)?\\s?%) \\([\\d.]+ von [\\d.]+\\)$"));
		LocalDate from = LocalDate.parse(page.locator("#report").getAttribute("data-from"));
		Locator period = page.locator("#retention-period");
		assertThat(period).hasAttribute("data-retention-from", from.minusDays(30).toString());
		assertThat(period).hasAttribute("data-retention-to", from.minusDays(1).toString());
		assertThat(period).hasText(Pattern.compile("^Gehaltene Kunden: von den Kunden mit einem Ticket oder einer "
				+ "Bestellung vom \\S+ " + from.minusDays(30).getDayOfMonth() + "\\. .+ bis \\S+ "
				+ from.minusDays(1).getDayOfMonth() + "\\. .+ der Anteil, der vom .+ wieder eines hatte\\.$"));

		// Every day's figures in the table are the chart's points, and they add up to the
		// summary.
		Locator figure = page.locator("figure#chart-activity");
		assertThat(figure.locator("svg[role=img]")).hasAttribute("aria-labelledby", "chart-activity-caption");
		assertThat(figure.locator("figcaption#chart-activity-caption"))
			.hasText("Eröffnete und gelöste Tickets pro Tag");
		Locator days = figure.locator("#trend-activity tbody tr");
		int count = days.count();
		assertThat(count).isEqualTo(30);
		long createdSum = 0;
		long solvedSum = 0;
		for (int i = 0; i < count; i++) {
			Locator day = days.nth(i);
			String x = day.getAttribute("data-x");
			for (String series : List.of("created", "solved")) {
				String inTable = day.locator("td[data-series=" + series + "]").getAttribute("data-value");
				String inChart = figure.locator("svg circle[data-series=" + series + "][data-x='" + x + "']")
					.getAttribute("data-value");
				assertThat(inChart).as(series + " on " + x).isEqualTo(inTable);
			}
			createdSum += Long.parseLong(day.locator("td[data-series=created]").getAttribute("data-value"));
			solvedSum += Long.parseLong(day.locator("td[data-series=solved]").getAttribute("data-value"));
		}
		assertThat(createdSum).isEqualTo(tickets);
		assertThat(solvedSum).isEqualTo(solvedCount);

		// The CSAT chart's bars are the table's shares, days without answers draw none.
		Locator csat = page.locator("figure#chart-csat");
		Locator csatDays = csat.locator("#trend-csat tbody tr");
		for (int i = 0; i < csatDays.count(); i++) {
			String x = csatDays.nth(i).getAttribute("data-x");
			String share = csatDays.nth(i).locator("td[data-series=satisfied]").getAttribute("data-value");
			Locator bar = csat.locator("svg rect[data-series=satisfied][data-x='" + x + "']");
			// a day without answers has no share: no data-value, no bar
			if (share == null || share.isEmpty()) {
				assertThat(bar).hasCount(0);
			}
			else {
				assertThat(bar).hasAttribute("data-value", share);
			}
		}

		assertThat(page.locator("a[download]")).hasAttribute("href",
				java.util.regex.Pattern.compile("/app/reports/summary\\.csv\\?.*market=JP.*"));
		Api.Response csv = api.get("/api/v1/reports/summary.csv?groupBy=market&market=JP&language=ja&zone=Asia/Tokyo");
		assertThat(csv.text()).contains("\r\nJP," + tickets + ",");
		assertThat(csv.text().lines().findFirst().orElseThrow())
			.endsWith(",retentionFrom,retentionTo,retentionCustomers,retentionReturned,retentionShare");
		assertThat(csv.text()).containsPattern("\r\nJP,.*," + from.minusDays(30) + "," + from.minusDays(1) + ","
				+ retained.get("customers").asLong() + "," + retained.get("returned").asLong() + ",");

		// By channel, customers are not counted: the screen says why there is no figure.
		page.selectOption("select[name=groupBy]", "channel");
		page.click("#report-filter button[type=submit]");
		assertThat(page.locator("#retention-unavailable")).hasText(
				"Die Kundenbindung wird gezeigt, wenn der Bericht nur nach Markt und Sprache gruppiert und gefiltert ist.");
		assertThat(page.locator("#retention-period")).hasCount(0);
		assertThat(page.locator("#report-summary td[data-column=retention]").first()).hasText("–");
	}

}
