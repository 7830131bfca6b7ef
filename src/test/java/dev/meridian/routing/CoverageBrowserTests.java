package dev.meridian.routing;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage screen in headless Chromium: a team whose only Icelandic speaker works
 * 09:00–17:00 in Reykjavik, Monday to Friday, seen by a supervisor in Tokyo.
 */
@IntegrationTest
class CoverageBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void supervisorSeesTheHoursALanguageIsNotCoveredInTheirOwnZone() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String agent = api.post("/api/v1/agents",
				json(Map.of("email", "gudrun." + unique + "@example.is", "displayName", "Guðrún", "role", "agent",
						"timeZone", "Atlantic/Reykjavik", "uiLanguage", "is", "languages",
						List.of(Map.of("language", "is", "proficiency", "native")))))
			.json()
			.get("id")
			.asString();
		List<Map<String, String>> weekdays = List.of("monday", "tuesday", "wednesday", "thursday", "friday")
			.stream()
			.map(day -> Map.of("day", day, "start", "09:00", "end", "17:00"))
			.toList();
		assertThat(api
			.put("/api/v1/agents/" + agent + "/availability",
					json(Map.of("shifts", weekdays, "capacity", Map.of("maxOpenTickets", 10, "maxConcurrentChats", 1))))
			.status()).isEqualTo(200);
		String team = api
			.post("/api/v1/teams",
					json(Map.of("name", "Iceland " + unique, "members", List.of(agent), "languages", List.of("is"))))
			.json()
			.get("id")
			.asString();
		String email = "supervisor." + unique + "@meridian.example";
		assertThat(api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Aiko Sato", "role", "supervisor", "timeZone", "Asia/Tokyo",
						"uiLanguage", "en", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "ja", "proficiency", "native")))))
			.status()).isEqualTo(201);

		Page page = browser.newPage("en-US");
		Browser.signIn(page, "http://localhost:" + this.port + "/app/coverage?week=2026-W50&team=" + team, email,
				"correct horse battery");
		page.navigate("http://localhost:" + this.port + "/app/coverage?week=2026-W50&team=" + team);

		assertThat(page.locator("h1")).hasText("Language coverage");
		assertThat(page.locator("input[name=zone]")).hasValue("Asia/Tokyo");
		Locator gaps = page.locator("ul.gap-list li[data-language=is]");
		assertThat(gaps).containsText(new String[] { "no Icelandic speaker Mon 00:00–18:00 (Asia/Tokyo)",
				"no Icelandic speaker Tue–Fri 02:00–18:00 (Asia/Tokyo)",
				"no Icelandic speaker Sat 02:00–24:00 (Asia/Tokyo)",
				"no Icelandic speaker Sun 00:00–24:00 (Asia/Tokyo)" });
		Locator grid = page.locator("section.coverage[data-language=is]");
		// Tuesday 03:00 in Tokyo is Monday 18:00 in Reykjavik: after the shift.
		assertThat(grid.locator("td[data-day='1'][data-hour='3']")).hasClass("hour uncovered");
		// Tuesday 20:00 in Tokyo is Tuesday 11:00 in Reykjavik: on shift.
		assertThat(grid.locator("td[data-day='1'][data-hour='20']")).hasClass("hour covered");
		assertThat(grid.locator("tbody th").first()).hasText("Mon");

		// The viewer may look from another zone: Reykjavik's own hours have no gap on
		// weekdays between 09:00 and 17:00.
		page.fill("input[name=zone]", "Atlantic/Reykjavik");
		page.click("form.coverage-filter button[type=submit]");
		assertThat(page.locator("ul.gap-list li[data-language=is]").first())
			.hasText("no Icelandic speaker Mon–Fri 00:00–09:00 (Atlantic/Reykjavik)");
	}

}
