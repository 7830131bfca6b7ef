package dev.meridian.agents;

import java.util.LinkedHashMap;
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
 * The training and goodwill screens in headless Chromium: an agent records a course with
 * a Portuguese certificate, a German supervisor approves it from the agents list; the
 * same supervisor approves goodwill above an agent's authority, read in euros as Germans
 * write them.
 */
@IntegrationTest
class TrainingAndGoodwillBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void agentRecordsACertificateAndASupervisorApprovesIt() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String agentEmail = "lucia." + unique + "@meridian.example";
		String agentId = createAgent(api, agentEmail, "Lucia Ferreira " + unique, "agent", "en");
		String supervisorEmail = "jonas." + unique + "@meridian.example";
		createAgent(api, supervisorEmail, "Jonas Weber " + unique, "supervisor", "de");

		Page agent = signIn(agentEmail);
		agent.navigate(url("/app/availability"));
		agent.locator("p.training-link a").click();
		assertThat(agent.locator("h1")).hasText("My training");
		agent.fill("input[name=courseTitle]", "Português para atendimento");
		agent.fill("input[name=courseLanguage]", "pt-BR");
		agent.fill("input[name=completedOn]", "2026-03-20");
		agent.fill("input[name=certLanguage]", "pt");
		agent.selectOption("select[name=certLevel]", "B2");
		agent.fill("input[name=certReference]", "CAPLE-" + unique);
		agent.click("form.training-form button[type=submit]");

		assertThat(agent.locator(".notice")).hasText("Training recorded.");
		Locator row = agent.locator("table.training-records tbody tr").first();
		assertThat(row).containsText("Português para atendimento");
		assertThat(row).containsText("Mar 20, 2026");
		assertThat(row).containsText("waiting for review");
		// Nobody reviews their own certificate.
		assertThat(agent.locator("form.review-form")).hasCount(0);

		Page supervisor = signIn(supervisorEmail);
		supervisor.navigate(url("/app/agents"));
		supervisor.locator("section.pending-certifications a", new Page.LocatorOptions().setHasText(unique)).click();
		assertThat(supervisor.locator("h1")).hasText("Schulungen von Lucia Ferreira " + unique);
		supervisor.fill("form.review-form input[name=note]", "Zertifikat geprüft");
		supervisor.locator("form.review-form button[value=approve]").click();

		assertThat(supervisor.locator(".notice")).hasText("Zertifikat bestätigt: Das Sprachniveau ist angehoben.");
		assertThat(supervisor.locator("table.training-records tbody tr").first()).containsText("bestätigt");
		assertThat(supervisor.locator("section.skills span[data-language=pt]")).containsText("B2");
		assertThat(proficiency(api, agentId, "pt")).isEqualTo("b2");
	}

	@Test
	void supervisorApprovesGoodwillAboveAnAgentsAuthority() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		String unique = Fixtures.unique();
		String agentId = createAgent(api, "mia." + unique + "@meridian.example", "Mia Klein " + unique, "agent", "en");
		assertThat(api
			.put("/api/v1/commerce/goodwill/limits/agents/" + agentId,
					json(Map.of("limits", List.of(Map.of("amount", "50.00", "currency", "EUR")))))
			.status()).isEqualTo(200);
		String supervisorEmail = "petra." + unique + "@meridian.example";
		createAgent(api, supervisorEmail, "Petra Lang " + unique, "supervisor", "de");
		String ticketId = fixtures.aTicket()
			.about("Paket verspätet " + unique)
			.inMarket("DE")
			.inLanguage("de")
			.open()
			.get("id")
			.asString();
		Api asAgent = api.withToken(fixtures.token("agent", agentId, "tickets:read", "commerce:write").secret());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("kind", "credit");
		request.put("amount", "80.00");
		request.put("currency", "EUR");
		request.put("reason", "Zweimal verspätet " + unique);
		Api.Response pending = asAgent.post("/api/v1/tickets/" + ticketId + "/goodwill", json(request));
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
		String approvalId = pending.json().get("approvalId").asString();

		Page supervisor = signIn(supervisorEmail);
		supervisor.navigate(url("/app/agents"));
		supervisor.locator("header nav a[href='/app/goodwill/approvals']").click();
		assertThat(supervisor.locator("h1")).hasText("Kulanz, die auf Freigabe wartet");
		Locator row = supervisor.locator("tr[data-goodwill='" + approvalId + "']");
		assertThat(row).containsText("Paket verspätet " + unique);
		assertThat(row).containsText("Mia Klein " + unique);
		assertThat(row).containsText("Gutschrift");
		assertThat(row.locator(".amount")).hasText("80,00\u00a0€");
		assertThat(row).containsText("50,00\u00a0€");
		row.locator("button[value=approve]").click();

		assertThat(supervisor.locator(".notice")).hasText("Kulanz freigegeben und im Ticket vermerkt.");
		assertThat(supervisor.locator("tr[data-goodwill='" + approvalId + "']")).hasCount(0);
		assertThat(api.get("/api/v1/commerce/goodwill/approvals/" + approvalId).json().get("status").asString())
			.isEqualTo("granted");
	}

	private static String proficiency(Api api, String agentId, String language) {
		for (var skill : api.get("/api/v1/agents/" + agentId).json().get("languages")) {
			if (skill.get("language").asString().equals(language)) {
				return skill.get("proficiency").asString();
			}
		}
		return null;
	}

	private static String createAgent(Api api, String email, String name, String role, String uiLanguage) {
		Api.Response created = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", name, "role", role, "timeZone", "Europe/Berlin",
						"uiLanguage", uiLanguage, "password", PASSWORD, "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
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
