package dev.meridian.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admins' privacy screen in headless Chromium: customers' requests with their due
 * dates in the admin's zone, the overdue one highlighted; an export started from its row
 * and followed until its one-time link is there; an erasure only once confirmed; the
 * request closed. Agents who are not admins do not get in.
 */
@IntegrationTest
class PrivacyRequestsBrowserTests {

	private static final String PASSWORD = "correct horse battery";

	private static final LocatorAssertions.IsVisibleOptions BUILT = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(60_000);

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PrivacyRequests requests;

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void adminSeesTheRequestsStartsAnExportAndSeesItDone() throws Exception {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		JsonNode exporting = fixtures.customer("DE");
		JsonNode erasing = fixtures.customer("DE");
		PrivacyRequest export = this.requests
			.open(new PrivacyRequests.NewRequest(PrivacyRequest.Kind.EXPORT, exporting.get("emails").get(0).asString(),
					UUID.fromString(exporting.get("id").asString()), "DE", "de", "help-center"));
		// Confirmed 40 days ago: ten days past its due date.
		TestClock.travelTo(Instant.now().minus(Duration.ofDays(40)));
		PrivacyRequest erasure = this.requests
			.open(new PrivacyRequests.NewRequest(PrivacyRequest.Kind.ERASURE, erasing.get("emails").get(0).asString(),
					UUID.fromString(erasing.get("id").asString()), "DE", "de", "help-center"));
		TestClock.reset();

		String unique = Fixtures.unique();
		String email = "admin." + unique + "@meridian.example";
		assertThat(api.post("/api/v1/agents", """
				{"email":"%s","displayName":"Aiko Mori","role":"admin","timeZone":"Asia/Tokyo","uiLanguage":"en",
				 "password":"%s","languages":[{"language":"ja","proficiency":"native"}]}
				""".formatted(email, PASSWORD)).status()).isEqualTo(201);
		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app/privacy"), email, PASSWORD);

		assertThat(page.locator("h1")).hasText("Privacy requests");
		Locator exportRow = page.locator("tr[data-request='" + export.id() + "']");
		assertThat(exportRow).containsText("Export");
		assertThat(exportRow).containsText(exporting.get("emails").get(0).asString());
		// The due date in the admin's zone (Tokyo), in their language.
		assertThat(exportRow.locator(".due time")).hasText(inTokyo(export.dueAt()));
		assertThat(exportRow).not().hasClass("overdue");
		Locator erasureRow = page.locator("tr[data-request='" + erasure.id() + "']");
		assertThat(erasureRow).hasClass("overdue");
		assertThat(erasureRow.locator(".due .badge")).hasText("Overdue");

		exportRow.locator("form.start-export button").click();
		assertThat(page.locator(".notice")).hasText("Export started: its download link appears here once it is built.");
		Locator link = exportRow.locator(".export-status[data-status='done'] a.download");
		assertThat(link).isVisible(BUILT);
		assertThat(exportRow.locator(".export-status")).containsText("Ready");

		// The link works once.
		String href = link.getAttribute("href");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(url(href))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(
				http.send(HttpRequest.newBuilder(URI.create(url(href))).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode())
			.isEqualTo(410);
		page.reload();
		assertThat(exportRow.locator(".export-status")).containsText("Downloaded");
		assertThat(exportRow.locator("a.download")).hasCount(0);

		// An erasure needs its confirmation.
		erasureRow.locator("a.start-erasure").click();
		assertThat(page.locator("h1")).hasText("Erase Kim Customer?");
		page.click("form.confirm-erasure button[type=submit]");
		assertThat(page.locator(".field-error")).hasText("Tick the box to confirm the erasure.");
		assertThat(api
			.get("/api/v1/audit?subject=customer:" + erasing.get("id").asString()
					+ "&action=customer.erasure-requested")
			.json()
			.get("items")
			.size()).isZero();
		page.check("#confirm-erasure");
		page.click("form.confirm-erasure button[type=submit]");
		assertThat(page.locator(".notice")).hasText("Erasure started.");
		assertThat(erasureRow.locator(".erasure-status")).isVisible();

		// Closed, it leaves the open list.
		erasureRow.locator("form.close-request select").selectOption("done");
		erasureRow.locator("form.close-request button").click();
		assertThat(page.locator(".notice")).containsText("is closed as done");
		assertThat(page.locator("tr[data-request='" + erasure.id() + "']")).hasCount(0);
		page.navigate(url("/app/privacy?status=done"));
		assertThat(page.locator("tr[data-request='" + erasure.id() + "']")).containsText("Done");
	}

	@Test
	void agentsWhoAreNotAdminsDoNotGetIn() {
		Workspace agent = Workspace.signedInAs(this.port, "supervisor", "en");
		assertThat(agent.get("/app/privacy").statusCode()).isEqualTo(403);
		assertThat(agent.post("/app/privacy/customers/" + UUID.randomUUID() + "/export", "").statusCode())
			.isEqualTo(403);
		Workspace admin = Workspace.signedInAs(this.port, "admin", "de");
		assertThat(admin.get("/app/privacy").body()).contains("Datenschutzanfragen");
	}

	private static String inTokyo(Instant instant) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, Locale.ENGLISH);
		format.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
		return format.format(Date.from(instant));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
