package dev.meridian.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.sla.internal.SlaAlarms;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due times on the agent's screens, in the agent's zone and language, with the breach
 * marked.
 */
@IntegrationTest
class SlaBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	SlaAlarms alarms;

	@Test
	void aGermanAgentInNewYorkSeesTheDueTimesInHerZoneAndTheBreach() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("SM", "it", "EUR", "Europe/San_Marino");
		assertThat(api.put("/api/v1/calendars/markets/SM",
				json(Map.of("zone", "Europe/Rome", "weekly",
						List.of(Map.of("day", "monday", "start", "09:00", "end", "17:00"),
								Map.of("day", "wednesday", "start", "09:00", "end", "17:00")))))
			.status()).isEqualTo(200);
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("name", "San Marino " + Fixtures.unique());
		policy.put("markets", List.of("SM"));
		policy.put("firstReplyMinutes", 30);
		policy.put("resolutionMinutes", 600);
		assertThat(api.post("/api/v1/sla-policies", json(policy)).status()).isEqualTo(201);
		String unique = Fixtures.unique();
		String email = "agent." + unique + "@meridian.example";
		assertThat(api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Greta Sommer", "role", "agent", "timeZone",
						"America/New_York", "uiLanguage", "de", "password", "correct horse battery", "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))))
			.status()).isEqualTo(201);
		JsonNode ticket = fixtures.aTicket().about("Lieferung " + unique).inMarket("SM").open();
		String id = ticket.get("id").asString();
		JsonNode sla = awaitFirstReplyDue(api, id);
		Instant firstReplyDue = Instant.parse(sla.get("firstReplyDueAt").asString());
		this.alarms.checkAt(firstReplyDue.plus(Duration.ofMinutes(1)));

		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app?sort=due", email, "correct horse battery");
		page.navigate("http://localhost:" + this.port + "/app?sort=due&market=SM");

		Locator row = page.locator("table.inbox tr", new Page.LocatorOptions().setHasText(unique));
		assertThat(row.locator(".badge.breached")).hasText("überschritten");
		row.locator("a").first().click();

		Locator panel = page.locator(".sla-panel");
		assertThat(panel).containsText("Erste Antwort fällig");
		assertThat(panel).containsText("Lösung fällig");
		assertThat(panel.locator(".sla-breached .badge.breached")).hasText("überschritten");
		String inNewYork = ZonedDateTime.ofInstant(firstReplyDue, ZoneId.of("America/New_York"))
			.toOffsetDateTime()
			.toString();
		assertThat(panel.locator(".sla-breached time")).hasAttribute("datetime", inNewYork);
	}

	private static JsonNode awaitFirstReplyDue(Api api, String id) {
		return Eventually.satisfies("the SLA clocks", () -> api.get("/api/v1/tickets/" + id).json().get("sla"),
				sla -> !sla.get("firstReplyDueAt").isNull());
	}

}
