package dev.meridian.feedback;

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
import dev.meridian.support.LocalDeepL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the loop on the workspace's screens, in headless Chromium: a German-speaking
 * supervisor in Tokyo finds a Japanese customer's low rating among their follow-ups with
 * the comment translated into German, puts the comment into a theme of their own (the
 * keyword lists found none in it), marks that theme addressed with a note, and closes the
 * follow-up. Themes are shared by every test, so this one works on a theme it adds.
 */
@IntegrationTest
class ClosingTheLoopBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorReadsADetractorsCommentTranslatedAndMarksItsThemeAddressed() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		String unique = Fixtures.unique();
		fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		String agent = agent(api, "Sato " + unique, "agent", "agent." + unique + "@meridian.example");
		String email = "leitung." + unique + "@meridian.example";
		String supervisor = agent(api, "Weber " + unique, "supervisor", email);
		Api.Response team = api.post("/api/v1/teams", json(Map.of("name", "Japan loop " + unique, "members",
				List.of(agent, supervisor), "markets", List.of("JP"), "languages", List.of("ja"))));
		assertThat(team.status()).as(team.toString()).isEqualTo(201);

		JsonNode opened = fixtures.aTicket().inMarket("JP").inLanguage("ja").assignedTo(agent).open();
		String ticket = opened.get("id").asString();
		long number = opened.get("number").asLong();
		assertThat(api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", "solved"))).status()).isEqualTo(200);
		Api.Response survey = api.post("/api/v1/tickets/" + ticket + "/survey?now=true", "{}");
		assertThat(survey.status()).as(survey.toString()).isEqualTo(201);
		String surveyId = survey.json().get("surveyId").asString();

		// Nothing in it for the keyword lists: the supervisor sorts it by hand.
		String comment = "担当者の説明がわかりにくかったです。" + unique;
		String german = "Die Erklärung des Mitarbeiters war schwer zu verstehen. " + unique;
		LocalDeepL.learn("ja", "de", comment, german);
		Api.Response answered = api.post("/feedback/" + survey.json().get("token").asString(),
				json(Map.of("rating", 1, "comment", comment, "reason", "too_slow")));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		Eventually.holds("the supervisor's follow-up", () -> this.jdbc
			.sql("select count(*) from feedback_follow_ups where survey_id = ?::uuid and supervisor_id = ?::uuid")
			.params(surveyId, supervisor)
			.query(Long.class)
			.single() == 1);

		// An agent has no follow-ups screen.
		String agentEmail = "agent." + unique + "@meridian.example";
		Page asAgent = browser.newPage("de-DE");
		Browser.signIn(asAgent, "http://localhost:" + this.port + "/app", agentEmail, PASSWORD);
		assertThat(asAgent.locator("header.top nav a[href='/app/feedback/follow-ups']")).hasCount(0);
		assertThat(asAgent.navigate("http://localhost:" + this.port + "/app/feedback/follow-ups").status())
			.isEqualTo(403);

		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", email, PASSWORD);
		page.locator("header.top nav a", new Page.LocatorOptions().setHasText("Feedback")).click();
		assertThat(page.locator("h1")).hasText("Nachfassen bei schlechten Bewertungen");

		Locator row = page.locator("#follow-ups tr[data-survey='" + surveyId + "']");
		assertThat(row.locator("td.rating")).hasText("CSAT 1 von 5");
		assertThat(row.locator("td.reason")).hasText("Zu langsam");
		assertThat(row.locator("blockquote.original")).hasText(comment);
		assertThat(row.locator("blockquote.original")).hasAttribute("lang", "ja");
		assertThat(row.locator("p.language")).hasText("Geschrieben auf Japanisch");
		assertThat(row.locator("blockquote.translation")).hasText(german);
		assertThat(row.locator("blockquote.translation")).hasAttribute("lang", "de");
		assertThat(row.locator("a[href='/app/tickets/" + number + "']")).hasText("#" + number);
		// Received, in the supervisor's zone.
		assertThat(row.locator("time")).hasAttribute("datetime", Pattern.compile(".*\\+09:00$"));

		// A theme of their own, then the comment into it.
		page.locator(".feedback-tabs a", new Page.LocatorOptions().setHasText("Themen")).click();
		String key = "erklaerung_" + unique;
		String name = "Unklare Erklärungen " + unique;
		page.fill("#new-theme input[name=name]", name);
		page.fill("#new-theme input[name=key]", key);
		page.click("#new-theme button[type=submit]");
		assertThat(page.locator("h1")).hasText("Thema: " + name);
		assertThat(page.locator("#theme-no-comments")).hasText("Noch keine Kommentare in diesem Thema.");

		page.locator(".feedback-tabs a", new Page.LocatorOptions().setHasText("Nachfassen")).click();
		row.locator("select[name=theme]").selectOption(key);
		row.locator("form.tag-form button").click();
		assertThat(page.locator("p.notice")).hasText("Der Kommentar gehört jetzt zum Thema „" + name + "“.");
		assertThat(row.locator("td.themes-cell li[data-theme='" + key + "']")).hasText(name);

		// The themes list counts it under Japanese.
		page.locator(".feedback-tabs a", new Page.LocatorOptions().setHasText("Themen")).click();
		Locator themeRow = page.locator("#themes tr[data-theme='" + key + "']");
		assertThat(themeRow.locator("td[data-column=comments]")).hasText("1");
		assertThat(themeRow.locator("td[data-column=languages] li[data-language=ja]")).hasText("Japanisch: 1");
		assertThat(themeRow.locator("td[data-column=customers]")).hasText("1");

		// Addressed, with a note in German: the customer who raised it hears it once.
		themeRow.locator("th a").click();
		assertThat(page.locator("#theme-raised")).hasText("Ein Kommentar von einem Kunden.");
		// The comment can join another theme from here, not this one again.
		assertThat(page.locator("form.tag-form[data-survey='" + surveyId + "']")).hasCount(1);
		assertThat(page.locator("form.tag-form select[name=theme] option[value='" + key + "']")).hasCount(0);
		assertThat(page.locator("#mark-addressed-explained")).containsText("einmal eine Nachricht");
		String note = "Unsere Mitarbeiter erklären Lieferzeiten jetzt mit einem Beispiel. " + unique;
		LocalDeepL.learn("de", "ja", note, "配達日数を例を挙げてご説明するようになりました。" + unique);
		page.fill("#mark-addressed textarea[name=note]", note);
		assertThat(page.locator("#mark-addressed select[name=language]")).hasValue("de");
		page.click("#mark-addressed button[type=submit]");
		assertThat(page.locator("p.notice"))
			.hasText("Als angegangen markiert. Ein Kunde wird einmal benachrichtigt; niemand hat abbestellt.");
		assertThat(page.locator("main")).hasAttribute("data-state", "addressed");
		assertThat(page.locator("#addressed blockquote.note")).hasText(note);
		assertThat(page.locator("#mark-addressed")).hasCount(0);
		assertThat(this.jdbc
			.sql("select count(*) from feedback_loop_messages where theme_key = ? and survey_id = ?::uuid"
					+ " and language = 'ja'")
			.params(key, surveyId)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode themes = api.get("/api/v1/feedback/themes").json().get("items");
		JsonNode mine = null;
		for (JsonNode theme : themes) {
			if (theme.get("key").asString().equals(key)) {
				mine = theme;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("state").asString()).isEqualTo("addressed");

		// Done with the follow-up: it leaves the open list.
		page.locator(".feedback-tabs a", new Page.LocatorOptions().setHasText("Nachfassen")).click();
		row.locator("button.mark-done").click();
		assertThat(page.locator("p.notice")).hasText("Das Nachfassen ist erledigt.");
		assertThat(page.locator("#follow-ups tr[data-survey='" + surveyId + "']")).hasCount(0);
		assertThat(this.jdbc.sql("select state from feedback_follow_ups where survey_id = ?::uuid")
			.param(surveyId)
			.query(String.class)
			.single()).isEqualTo("done");
	}

	private static String agent(Api api, String name, String role, String email) {
		Api.Response created = api.post("/api/v1/agents",
				json(Map.of("email", email, "displayName", name, "role", role, "timeZone", "Asia/Tokyo", "uiLanguage",
						"de", "password", PASSWORD, "languages",
						List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
