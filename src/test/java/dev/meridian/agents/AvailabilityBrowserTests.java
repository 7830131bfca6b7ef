package dev.meridian.agents;

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
 * The availability screens in headless Chromium: a supervisor plans an agent's week
 * through the form (and is told, keeping the rows, when two shifts overlap); the agent
 * sees the plan on their own page and adds their own time off.
 */
@IntegrationTest
class AvailabilityBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void supervisorPlansShiftsAndAgentAddsTimeOff() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String agentEmail = "marisol." + unique + "@meridian.example";
		String agentId = createAgent(api, agentEmail, "Marisol Reyes " + unique, "agent", "Asia/Manila", "tl", "en");
		String supervisorEmail = "aiko." + unique + "@meridian.example";
		createAgent(api, supervisorEmail, "Aiko Sato " + unique, "supervisor", "Asia/Tokyo", "ja", "en");

		Page supervisor = signIn(supervisorEmail);
		supervisor.navigate(url("/app/agents"));
		assertThat(supervisor.locator("h1")).hasText("Agents");
		Locator row = supervisor.locator("table.agents tr[data-agent='" + agentId + "']");
		assertThat(row).containsText("Tagalog (native)");
		assertThat(row).containsText("Offline");
		row.locator("a").click();

		assertThat(supervisor.locator("h1")).hasText("Availability of Marisol Reyes " + unique);
		shift(supervisor, 0, "MONDAY", "09:00", "17:00");
		shift(supervisor, 1, "WEDNESDAY", "22:00", "02:00");
		supervisor.fill("input[name=maxOpenTickets]", "12");
		supervisor.click("form.availability-form button[type=submit]");

		assertThat(supervisor.locator(".notice")).hasText("The availability was saved.");
		assertThat(supervisor.locator("select[name='shifts[0].day']")).hasValue("MONDAY");
		assertThat(supervisor.locator("input[name='shifts[1].start']")).hasValue("22:00");
		assertThat(supervisor.locator(".summary .capacity")).containsText("at most 12 open tickets");

		// Monday 16:00–20:00 runs into Monday 09:00–17:00.
		shift(supervisor, 2, "MONDAY", "16:00", "20:00");
		supervisor.click("form.availability-form button[type=submit]");

		assertThat(supervisor.locator("form.availability-form .problem")).hasText(
				"Two shifts overlap. Every minute of the week may belong to one shift only; shorten or remove one of them.");
		assertThat(supervisor.locator("select[name='shifts[2].day']")).hasValue("MONDAY");
		assertThat(supervisor.locator("input[name='shifts[2].start']")).hasValue("16:00");
		assertThat(supervisor.locator("input[name='shifts[2].end']")).hasValue("20:00");
		assertThat(supervisor.locator("input[name='shifts[0].end']")).hasValue("17:00");
		assertThat(api.get("/api/v1/agents/" + agentId + "/availability").json().get("shifts").size()).isEqualTo(2);

		Page agent = signIn(agentEmail);
		// Other agents' availability is for supervisors.
		assertThat(agent.navigate(url("/app/agents")).status()).isEqualTo(403);
		assertThat(agent.locator("header nav a[href='/app/agents']")).hasCount(0);
		agent.navigate(url("/app/availability"));
		assertThat(agent.locator("h1")).hasText("My availability");
		assertThat(agent.locator("ul.shift-list li"))
			.containsText(new String[] { "Monday 09:00–17:00", "Wednesday 22:00–02:00 (ends the next day)" });
		assertThat(agent.locator("form.availability-form")).hasCount(0);

		agent.fill("input[name=firstDay]", "2030-01-09");
		agent.fill("input[name=lastDay]", "2030-01-07");
		agent.click("form.time-off-form button[type=submit]");
		assertThat(agent.locator("form.time-off-form .problem"))
			.hasText("The last day must be on or after the first day, and time off lasts at most 400 days.");
		assertThat(agent.locator("input[name=firstDay]")).hasValue("2030-01-09");

		agent.fill("input[name=lastDay]", "2030-01-11");
		agent.fill("input[name=note]", "Sinulog");
		agent.click("form.time-off-form button[type=submit]");
		assertThat(agent.locator(".notice")).hasText("The time off was added.");
		assertThat(agent.locator("ul.time-off-list li")).containsText("Jan 9, 2030");
		assertThat(agent.locator("ul.time-off-list li")).containsText("Jan 11, 2030");
		assertThat(agent.locator("ul.time-off-list li")).containsText("Sinulog");

		agent.locator("ul.time-off-list li", new Page.LocatorOptions().setHasText("Sinulog")).locator("button").click();
		assertThat(agent.locator(".notice")).hasText("The time off was removed.");
		assertThat(agent.locator("section.time-off")).containsText("No time off planned.");
	}

	@Test
	void germanSupervisorReadsTheOverlapInGerman() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String agentId = createAgent(api, "kofi." + unique + "@meridian.example", "Kofi Mensah " + unique, "agent",
				"Africa/Accra", "en", "en");
		String supervisorEmail = "jonas." + unique + "@meridian.example";
		createAgent(api, supervisorEmail, "Jonas Weber " + unique, "supervisor", "Europe/Berlin", "de", "de");

		Page supervisor = signIn(supervisorEmail);
		supervisor.navigate(url("/app/agents/" + agentId + "/availability"));
		assertThat(supervisor.locator("h1")).hasText("Verfügbarkeit von Kofi Mensah " + unique);
		assertThat(supervisor.locator("select[name='shifts[0].day'] option[value=MONDAY]")).hasText("Montag");
		shift(supervisor, 0, "MONDAY", "09:00", "17:00");
		shift(supervisor, 3, "MONDAY", "16:00", "20:00");
		supervisor.click("form.availability-form button[type=submit]");

		assertThat(supervisor.locator("form.availability-form .problem"))
			.containsText("Zwei Schichten überschneiden sich");
		assertThat(supervisor.locator("input[name='shifts[3].end']")).hasValue("20:00");
	}

	private static void shift(Page page, int row, String day, String start, String end) {
		page.selectOption("select[name='shifts[" + row + "].day']", day);
		page.fill("input[name='shifts[" + row + "].start']", start);
		page.fill("input[name='shifts[" + row + "].end']", end);
	}

	private static String createAgent(Api api, String email, String name, String role, String zone, String language,
			String uiLanguage) {
		Api.Response created = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", name, "role", role, "timeZone", zone, "uiLanguage",
						uiLanguage, "password", PASSWORD, "languages",
						List.of(Map.of("language", language, "proficiency", "native")))));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Page signIn(String email) {
		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app"), email, PASSWORD);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
