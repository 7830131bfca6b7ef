package dev.meridian.markets;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese market's playbook on a Japanese ticket in headless Chromium: a German
 * agent reads it in German, then marked outdated once the English source changes; a
 * French agent, with no French translation, reads the English source marked as such.
 */
@IntegrationTest
class PlaybookBrowserTests {

	static final String PLAYBOOK = "/api/v1/markets/JP/playbook";

	static final String PASSWORD = "correct horse battery";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	Api api;

	/** Japan's playbook as it was before this test (the demo's, say), to put back. */
	@Nullable JsonNode before;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		new Fixtures(this.api).market("JP", "ja", "JPY", "Asia/Tokyo");
		Api.Response existing = this.api.get(PLAYBOOK);
		this.before = existing.status() == 200 ? existing.json() : null;
	}

	@AfterEach
	void restorePlaybook() {
		this.api.delete(PLAYBOOK);
		if (this.before == null) {
			return;
		}
		for (JsonNode text : this.before.get("texts")) {
			List<String> items = text.get("items").valueStream().map(JsonNode::asString).toList();
			if (text.get("source").asBoolean()) {
				this.api.put(PLAYBOOK, json(Map.of("language", text.get("language").asString(), "items", items)));
			}
		}
		for (JsonNode text : this.before.get("texts")) {
			List<String> items = text.get("items").valueStream().map(JsonNode::asString).toList();
			if (!text.get("source").asBoolean()) {
				this.api.put(PLAYBOOK + "/translations/" + text.get("language").asString(),
						json(Map.of("items", items)));
			}
		}
	}

	@Test
	void agentSeesTheJapaneseMarketsPlaybookOnAJapaneseTicketInTheirLanguage() {
		this.api.delete(PLAYBOOK);
		Api.Response source = this.api.put(PLAYBOOK, json(Map.of("language", "en", "items", List.of("Apologise first.",
				"Use the family name with 様.", "Never promise a date the carrier has not confirmed."))));
		assertThat(source.status()).as(source.toString()).isEqualTo(200);
		assertThat(
				this.api
					.put(PLAYBOOK + "/translations/de",
							json(Map.of("items",
									List.of("Entschuldigen Sie sich zuerst.", "Familienname mit 様 verwenden.",
											"Nie ein Datum versprechen, das der Paketdienst nicht bestätigt hat."))))
					.status())
			.isEqualTo(200);

		String unique = Fixtures.unique();
		String german = agent("lena." + unique + "@meridian.example", "de");
		String french = agent("luc." + unique + "@meridian.example", "fr");
		JsonNode ticket = this.api.post("/api/v1/tickets",
				json(Map.of("subject", "荷物が届きません " + unique, "channel", "email", "assigneeId", german, "customer",
						Map.of("email", "tanaka." + unique + "@example.jp", "givenName", "花子", "familyName", "田中",
								"language", "ja", "country", "JP"),
						"message", Map.of("body", "注文した商品がまだ届いていません。確認していただけますか？"))))
			.json();
		assertThat(ticket.get("market").asString()).as(ticket.toString()).isEqualTo("JP");
		String url = "http://localhost:" + this.port + "/app/tickets/" + ticket.get("number").asString();

		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", "lena." + unique + "@meridian.example",
				PASSWORD);
		page.navigate(url);
		Locator panel = page.locator(".playbook-panel");
		assertThat(panel.locator("h2")).hasText("Leitfaden: Japan");
		assertThat(panel.locator(".playbook-items li")).hasCount(3);
		assertThat(panel.locator(".playbook-items li").first()).hasText("Entschuldigen Sie sich zuerst.");
		assertThat(panel.locator(".playbook-items")).hasAttribute("lang", "de");
		assertThat(panel.locator(".playbook-untranslated")).hasCount(0);
		assertThat(panel.locator(".playbook-outdated")).hasCount(0);

		// Before sending, the plain-language check of a Japanese draft speaks German:
		// the idiom, and a sentence counted in characters.
		page.fill("#reply-body",
				"そのような作業は朝飯前です。ご注文いただいた商品につきましては、倉庫での確認作業が終わり次第、配送業者に引き渡し、" + "その後配送業者からお知らせが届く予定ですので、今しばらくお待ちください。");
		Locator warnings = page.locator(".plain-warning");
		assertThat(warnings.filter(new Locator.FilterOptions().setHasText("朝飯前"))).containsText("→ とても簡単");
		assertThat(warnings.filter(new Locator.FilterOptions().setHasText("Zeichen; höchstens 60"))).hasCount(1);

		// The source gains a rule: the German is shown still, marked outdated.
		this.api.put(PLAYBOOK,
				json(Map.of("language", "en", "items",
						List.of("Apologise first.", "Use the family name with 様.",
								"Never promise a date the carrier has not confirmed.",
								"Keep the polite register from greeting to signature."))));
		page.reload();
		assertThat(panel.locator(".playbook-outdated")).containsText("älter als das Original (Englisch)");
		assertThat(panel.locator(".playbook-items li")).hasCount(3);

		// No French translation: a French agent reads the English source, marked.
		Page other = browser.newPage("fr-FR");
		Browser.signIn(other, "http://localhost:" + this.port + "/app", "luc." + unique + "@meridian.example",
				PASSWORD);
		other.navigate(url);
		Locator source2 = other.locator(".playbook-panel");
		assertThat(source2.locator("h2")).hasText("Guide de service : Japon");
		assertThat(source2.locator(".playbook-untranslated")).containsText("affiché en anglais");
		assertThat(source2.locator(".playbook-items")).hasAttribute("lang", "en");
		assertThat(source2.locator(".playbook-items li").last())
			.hasText("Keep the polite register from greeting to signature.");
		assertThat(french).isNotBlank();
	}

	private String agent(String email, String uiLanguage) {
		Api.Response agent = this.api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", "Agent " + Fixtures.unique(), "role", "agent", "timeZone",
						"Europe/Berlin", "uiLanguage", uiLanguage, "password", PASSWORD, "languages",
						List.of(Map.of("language", "ja", "proficiency", "c1"),
								Map.of("language", uiLanguage, "proficiency", "native")))));
		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
		return agent.json().get("id").asString();
	}

}
