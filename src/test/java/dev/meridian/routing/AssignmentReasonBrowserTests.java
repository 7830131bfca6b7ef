package dev.meridian.routing;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The reason routing gave a ticket to its agent, on the ticket screen in the viewer's
 * language: a German-speaking agent in Manila reads it in German.
 */
@IntegrationTest
class AssignmentReasonBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void theTicketScreenSaysWhyTheAgentGotTheTicketInTheirLanguage() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String email = "maria." + unique + "@meridian.example";
		String agent = api
			.post("/api/v1/agents",
					json(Map
						.of("email", email, "displayName", "Maria Santos", "role", "agent", "timeZone", "Asia/Manila",
								"uiLanguage", "de", "password", "correct horse battery", "languages",
								List.of(Map.of("language", "ko", "proficiency", "c1"),
										Map.of("language", "de", "proficiency", "native")))))
			.json()
			.get("id")
			.asString();
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Asia/Manila")).minusHours(2);
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		assertThat(api.put("/api/v1/agents/" + agent + "/availability",
				json(Map.of("shifts",
						List.of(Map.of("day", start.getDayOfWeek().name().toLowerCase(Locale.ROOT), "start",
								start.format(hhmm), "end", start.plusHours(4).format(hhmm))),
						"capacity", Map.of("maxOpenTickets", 5, "maxConcurrentChats", 1))))
			.status()).isEqualTo(200);
		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", email, "correct horse battery");
		// The agent signs on with the switch in the header.
		assertThat(page.locator(".presence select")).hasValue("OFFLINE");
		page.selectOption(".presence select", "ONLINE");
		page.click(".presence button");
		assertThat(page.locator(".presence select")).hasValue("ONLINE");
		try {
			JsonNode ticket = new Fixtures(api).aTicket()
				.about("배송 문의")
				.from(RoutingApiIntegrationTests.lettersOnlyEmail())
				.inLanguage("ko")
				.open();
			String path = "/api/v1/tickets/" + ticket.get("id").asString();
			Eventually.holds("the Korean ticket assigned", () -> !api.get(path).json().get("assignee").isNull());

			page.navigate("http://localhost:" + this.port + "/app/tickets/" + ticket.get("number").asString());

			// Signing on re-offers waiting tickets: another test's waiting Korean ticket
			// may reach Maria before this one, so her open tickets are counted, not
			// assumed.
			assertThat(page.locator(".assignment-reason")).containsText(java.util.regex.Pattern.compile(
					"spricht Koreanisch \\(C1\\), im Dienst in Manila, (keine offenen Tickets|1 offenes Ticket|\\d+ offene Tickets)"));
		}
		finally {
			api.put("/api/v1/agents/" + agent + "/presence", json(Map.of("presence", "offline")));
		}
	}

}
