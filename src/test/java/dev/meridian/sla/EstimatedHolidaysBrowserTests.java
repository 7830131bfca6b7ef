package dev.meridian.sla;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar screen marks holidays whose date is only estimated, in the admin's
 * language, and lets an admin move one to the announced day or confirm it: the UAE's Eid
 * al-Fitr of 2027, which awaits the moon.
 */
@IntegrationTest
class EstimatedHolidaysBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anAdminSeesEstimatedHolidaysMarkedAndMovesAndConfirmsThem() {
		new Fixtures(Api.on(this.port)).market("AE", "ar", "AED", "Asia/Dubai");
		// Loads the UAE's holiday data (a second or more, the first time) before the
		// browser
		// waits on a page that needs it.
		assertThat(Api.on(this.port).get("/api/v1/holidays?country=AE&year=2027").status()).isEqualTo(200);
		Page page = signInAsAdmin("de", "/app/admin/calendars/markets/AE?year=2027");

		Locator eid = page.locator(".holiday-list tr[data-date='2027-03-09']");
		assertThat(eid).containsText("Eid al-Fitr");
		assertThat(eid.locator(".estimated-mark")).hasText("voraussichtlich");
		assertThat(page.locator(".holidays")).containsText("Voraussichtlich: Das Datum ist noch nicht amtlich");
		// New Year's Day is fixed: no mark, nothing to decide.
		Locator newYear = page.locator(".holiday-list tr[data-date='2027-01-01']");
		assertThat(newYear.locator(".estimated-mark")).hasCount(0);
		assertThat(newYear.locator("form")).hasCount(0);

		// The moon-sighting committee announces Eid a day later.
		Locator lastEidDay = page.locator(".holiday-list tr[data-date='2027-03-11']");
		lastEidDay.locator("input[type=date]").fill("2027-03-12");
		lastEidDay.locator("button.move-holiday").click();

		assertThat(page.locator(".notice")).containsText("verschoben");
		Locator moved = page.locator(".holiday-list tr[data-date='2027-03-12']");
		assertThat(moved.locator(".confirmed-mark")).containsText("verschoben vom");
		assertThat(moved.locator(".estimated-mark")).hasCount(0);
		assertThat(page.locator(".holiday-list tr[data-date='2027-03-11']")).hasCount(0);

		page.locator(".holiday-list tr[data-date='2027-03-09'] button.confirm-holiday").click();
		assertThat(page.locator(".notice")).containsText("bestätigt");
		Locator confirmed = page.locator(".holiday-list tr[data-date='2027-03-09']");
		assertThat(confirmed.locator(".confirmed-mark")).hasText("bestätigt");
		assertThat(confirmed.locator(".estimated-mark")).hasCount(0);
		// The others still wait for the moon.
		assertThat(page.locator(".holiday-list tr[data-date='2027-03-10'] .estimated-mark")).hasText("voraussichtlich");
	}

	@Test
	void theMarkReadsEstimatedInEnglishAndTheYearsPageOnward() {
		new Fixtures(Api.on(this.port)).market("IN", "hi", "INR", "Asia/Kolkata");
		assertThat(Api.on(this.port).get("/api/v1/holidays?country=IN&year=2026").status()).isEqualTo(200);
		Page page = signInAsAdmin("en", "/app/admin/calendars/markets/IN?year=2026");

		assertThat(page.locator(".holiday-list tr[data-date='2026-05-27'] .estimated-mark")).hasText("estimated");
		assertThat(page.locator(".holiday-list tr[data-date='2026-11-08'] .estimated-mark")).hasCount(0);
		page.locator(".year-nav a[rel=next]").click();

		assertThat(page.locator(".holidays h2")).containsText("2027");
		assertThat(page.locator(".holiday-list tr[data-date='2027-10-29']")).containsText("Diwali");
		assertThat(page.locator(".holiday-list tr[data-date='2027-10-29'] .estimated-mark")).hasText("estimated");
	}

	private Page signInAsAdmin(String language, String path) {
		String email = "admin." + Fixtures.unique() + "@meridian.example";
		assertThat(Api.on(this.port).post("/api/v1/agents", """
				{"email":"%s","displayName":"Mara Lind","role":"admin","timeZone":"Asia/Dubai","uiLanguage":"%s",
				 "password":"correct horse battery","languages":[{"language":"en","proficiency":"native"}]}
				""".formatted(email, language)).status()).isEqualTo(201);
		Page page = browser.newPage(language);
		Browser.signIn(page, "http://localhost:" + this.port + path, email, "correct horse battery");
		return page;
	}

}
