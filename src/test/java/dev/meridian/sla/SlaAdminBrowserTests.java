package dev.meridian.sla;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA admin screens in headless Chromium: an admin adds a policy through the form,
 * has a policy without targets rejected in their own language without losing what they
 * typed, and sets a market's office hours and checks its public holidays.
 */
@IntegrationTest
class SlaAdminBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void adminAddsChangesAndDeletesAPolicyThroughTheForm() {
		String unique = Long.toString(System.nanoTime());
		Page page = signInAsAdmin(unique, "en", "/app/admin/sla");

		assertThat(page.locator("h1")).hasText("Service levels");
		page.fill("#policy-name", "Urgent email " + unique);
		page.fill("#policy-position", "3");
		page.check("input[name=priorities][value=URGENT]");
		page.check("input[name=channels][value=EMAIL]");
		page.fill("#policy-first-reply", "90");
		page.fill("#policy-resolution", "960");
		page.click("form.policy-form button[type=submit]");

		assertThat(page.locator(".notice")).hasText("Policy “Urgent email " + unique + "” added.");
		Locator row = page.locator("table.policies tr", new Page.LocatorOptions().setHasText(unique));
		assertThat(row).containsText("Urgent");
		assertThat(row).containsText("Email");
		// Business minutes, and the same as hours and minutes (ICU, in the viewer's
		// language).
		assertThat(row).containsText("90 min");
		assertThat(row).containsText("1 hr, 30 min");
		assertThat(row).containsText("16 hr");

		row.locator("text=Edit").click();
		assertThat(page.locator("#policy-name")).hasValue("Urgent email " + unique);
		assertThat(page.locator("input[name=priorities][value=URGENT]")).isChecked();
		page.fill("#policy-first-reply", "120");
		page.click("form.policy-form button[type=submit]");
		assertThat(page.locator(".notice")).hasText("Policy “Urgent email " + unique + "” saved.");
		assertThat(row).containsText("2 hr");

		row.locator("text=Delete").click();
		assertThat(page.locator(".notice")).containsText("Policy “Urgent email " + unique + "” deleted.");
		assertThat(row).hasCount(0);
	}

	@Test
	void policyWithoutTargetsIsRejectedInTheAdminsLanguageKeepingWhatWasTyped() {
		String unique = Long.toString(System.nanoTime());
		Page page = signInAsAdmin(unique, "de", "/app/admin/sla");

		assertThat(page.locator("h1")).hasText("Service-Level");
		page.fill("#policy-name", "Ohne Ziel " + unique);
		page.check("input[name=priorities][value=HIGH]");
		page.fill("#policy-warning-lead", "15");
		page.click("form.policy-form button[type=submit]");

		assertThat(page.locator(".admin-form .field-error"))
			.hasText("Geben Sie mindestens ein Ziel ein: erste Antwort, nächste Antwort oder Lösung.");
		assertThat(page.locator("#policy-name")).hasValue("Ohne Ziel " + unique);
		assertThat(page.locator("input[name=priorities][value=HIGH]")).isChecked();
		assertThat(page.locator("#policy-warning-lead")).hasValue("15");
		assertThat(page.locator("table.policies tr", new Page.LocatorOptions().setHasText(unique))).hasCount(0);
	}

	@Test
	void adminSetsAMarketsHoursAndChecksItsPublicHolidays() {
		String unique = Long.toString(System.nanoTime());
		Api.on(this.port).post("/api/v1/markets", """
				{"code":"AT","name":"Austria","languages":["de"],"currency":"EUR","timeZone":"Europe/Vienna"}
				""");
		Page page = signInAsAdmin(unique, "en", "/app/admin/calendars");

		Locator market = page.locator("table.calendars tr[data-owner='market:AT']");
		assertThat(market).containsText("Default");
		market.locator("a").click();

		assertThat(page.locator("h1")).hasText("Calendar of Austria (AT)");
		// Replace the default week with two intervals on Monday, in spare rows too.
		Locator rows = page.locator("tr.weekly-row");
		for (int i = 0; i < rows.count(); i++) {
			rows.nth(i).locator("select").selectOption("");
			rows.nth(i).locator("input[name=start]").fill("");
			rows.nth(i).locator("input[name=end]").fill("");
		}
		rows.nth(0).locator("select").selectOption("MONDAY");
		rows.nth(0).locator("input[name=start]").fill("08:00");
		rows.nth(0).locator("input[name=end]").fill("12:00");
		rows.nth(1).locator("select").selectOption("MONDAY");
		rows.nth(1).locator("input[name=start]").fill("11:00");
		rows.nth(1).locator("input[name=end]").fill("17:30");
		page.fill("#calendar-country", "AT");
		page.fill("#calendar-closures", "2026-12-31");
		page.click("form.calendar-form button[type=submit]");

		// Overlapping rows are refused; the rows come back as typed, to be corrected.
		assertThat(page.locator(".admin-form .field-error"))
			.hasText("Two open intervals overlap. Check the rows of the same day.");
		rows = page.locator("tr.weekly-row");
		assertThat(rows.nth(1).locator("input[name=start]")).hasValue("11:00");
		assertThat(page.locator("#calendar-closures")).hasValue("2026-12-31");
		rows.nth(1).locator("input[name=start]").fill("13:00");
		page.click("form.calendar-form button[type=submit]");

		assertThat(page.locator(".notice")).hasText("Calendar of Austria (AT) saved.");
		Locator weekly = page.locator(".calendar-now .weekly");
		assertThat(weekly).containsText("Monday 8:00 AM – 12:00 PM");
		assertThat(weekly).containsText("Monday 1:00 PM – 5:30 PM");
		assertThat(weekly).not().containsText("Tuesday");
		assertThat(page.locator(".calendar-now")).containsText("Thu, Dec 31, 2026");
		assertThat(page.locator(".holiday-list")).containsText("Christmas");
		assertThat(page.locator(".holiday-list tr").count()).isGreaterThan(8);

		page.click("text=Reset to default");
		assertThat(page.locator(".notice")).hasText("The calendar of Austria (AT) is the default again.");
		assertThat(page.locator(".calendar-now .weekly")).containsText("Friday");
	}

	@Test
	void supervisorReadsTheScreensWithoutFormsAndSeesACalendarThatNeverOpens() {
		String unique = Long.toString(System.nanoTime());
		Api api = Api.on(this.port);
		String team = api.post("/api/v1/teams", """
				{"name":"Setting up %s","members":[]}
				""".formatted(unique)).json().get("id").asString();
		assertThat(api.put("/api/v1/calendars/teams/" + team, """
				{"zone":"UTC","weekly":[]}
				""").status()).isEqualTo(200);
		Page page = signIn(unique, "supervisor", "en", "/app/admin/calendars");

		assertThat(page.locator("table.calendars tr[data-owner='team:" + team + "']")).containsText("never open");
		page.click("nav >> text=Service levels");
		assertThat(page.locator("h1")).hasText("Service levels");
		assertThat(page.locator(".admin-form")).hasCount(0);
	}

	private Page signInAsAdmin(String unique, String language, String path) {
		return signIn(unique, "admin", language, path);
	}

	private Page signIn(String unique, String role, String language, String path) {
		String email = role + "." + unique + "@meridian.example";
		assertThat(Api.on(this.port).post("/api/v1/agents", """
				{"email":"%s","displayName":"Mara Lind","role":"%s","timeZone":"Europe/Vienna","uiLanguage":"%s",
				 "password":"correct horse battery","languages":[{"language":"de","proficiency":"native"}]}
				""".formatted(email, role, language)).status()).isEqualTo(201);
		Page page = browser.newPage(language);
		Browser.signIn(page, "http://localhost:" + this.port + path, email, "correct horse battery");
		return page;
	}

}
