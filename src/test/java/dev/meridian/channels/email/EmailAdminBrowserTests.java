package dev.meridian.channels.email;

import java.nio.charset.StandardCharsets;

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
 * The email admin screen in headless Chromium, in German: a held mail shows its reason
 * and source, and an admin can discard it.
 */
@IntegrationTest
class EmailAdminBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void adminSeesWhyAMailIsHeldAndDiscardsIt() {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime());
		String email = "admin." + unique + "@meridian.example";
		assertThat(api
			.post("/api/v1/agents",
					"""
							{"email":"%s","displayName":"Jonas Weber","role":"admin","timeZone":"Europe/Berlin","uiLanguage":"de",
							 "password":"correct horse battery","languages":[{"language":"de","proficiency":"native"}]}
							"""
						.formatted(email))
			.status()).isEqualTo(201);
		String raw = "Subject: Ohne Absender " + unique + "\r\n\r\nHallo\r\n";
		String quarantineId = api
			.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8), "message/rfc822")
			.json()
			.get("quarantineId")
			.asString();

		Page page = browser.newPage("de-DE");
		Browser.signIn(page, "http://localhost:" + this.port + "/app/admin/email", email, "correct horse battery");

		assertThat(page.locator("h1")).hasText("E-Mail");
		page.locator("table.quarantine tr", new Page.LocatorOptions().setHasText(unique)).locator("a").click();
		assertThat(page.locator(".reason")).hasText("keine Absenderadresse");
		assertThat(page.locator("pre.source")).containsText("Subject: Ohne Absender " + unique);
		page.click("text=Verwerfen");

		assertThat(page.locator(".notice")).hasText("Die E-Mail wurde verworfen.");
		assertThat(page.locator("main")).not().containsText(unique);
		assertThat(api.get("/api/v1/channels/email/quarantine/" + quarantineId).json().get("status").asString())
			.isEqualTo("DISCARDED");
	}

}
