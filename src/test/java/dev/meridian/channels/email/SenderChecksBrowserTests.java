package dev.meridian.channels.email;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ticket screen tells an agent about who really wrote: the receiving server's
 * sender checks on the message, the link between a stranger's ticket and the ticket it
 * named, and the notice on a help-center request held until its sender confirms.
 */
@IntegrationTest
class SenderChecksBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	Api api;

	String agentEmail;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.agentEmail = "checks." + Fixtures.unique() + "@meridian.example";
		Api.Response agent = this.api.post("/api/v1/agents",
				Fixtures.json(Map.of("email", this.agentEmail, "displayName", "Inês Duarte", "role", "agent",
						"timeZone", "Europe/Lisbon", "uiLanguage", "en", "password", "correct horse battery",
						"languages", java.util.List.of(Map.of("language", "de", "proficiency", "native")))));
		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
	}

	@Test
	void showsFailedSenderChecksAndTheLinkBetweenAForgedTicketAndTheOneItNamed() {
		String id = Fixtures.unique();
		String original = inbound(
				"From: Lena <lena.%1$s@kunde.example>\r\nSubject: Rechnung %1$s\r\n\r\nBitte um die Rechnung.\r\n"
					.formatted(id));
		long number = this.api.get("/api/v1/tickets/" + original).json().get("number").asLong();
		String forged = inbound("""
				Authentication-Results: mx.shop.example;\r
				 spf=pass smtp.mailfrom=attacker.example;\r
				 dkim=fail (signature mismatch) header.d=kunde.example;\r
				 dmarc=fail (p=reject) header.from=kunde.example\r
				From: lena.%1$s@kunde.example <mallory.%1$s@attacker.example>\r
				Subject: Re: [#%2$d] Rechnung %1$s\r
				\r
				Bitte an meine neue Adresse liefern.\r
				""".formatted(id, number));
		long forgedNumber = this.api.get("/api/v1/tickets/" + forged).json().get("number").asLong();

		Page page = signedIn();
		page.navigate("http://localhost:" + this.port + "/app/tickets/" + forgedNumber);
		Locator check = page.locator("article.message.inbound .sender-check");
		assertThat(check).hasText("Sender check failed");
		assertThat(check).hasClass(java.util.regex.Pattern.compile("check-failed"));
		assertThat(check).hasAttribute("title", java.util.regex.Pattern.compile("DKIM: fail.*mx\\.shop\\.example"));
		Locator link = page.locator(".ticket-links li");
		assertThat(link).containsText("Refers to");
		assertThat(link).containsText("#" + number);
		assertThat(link).containsText("its sender is not part of that conversation");

		link.locator("a").click();
		assertThat(page.locator("h1")).containsText("Rechnung " + id);
		assertThat(page.locator(".ticket-links li")).containsText("Referred to by");
		assertThat(page.locator(".ticket-links li")).containsText("#" + forgedNumber);
		// No receiving server reported on the customer's own mail: no badge at all.
		assertThat(page.locator("article.message.inbound .sender-check")).hasCount(0);
	}

	@Test
	void aHeldHelpCenterRequestSaysItsSenderIsUnverified() {
		String id = Fixtures.unique();
		String owner = "owner-" + id + "@kunde.example";
		Api.Response existing = this.api.post("/api/v1/tickets", Fixtures.json(Map.of("subject", "Alt " + id,
				"customer", Map.of("email", owner, "name", "Owner"), "message", Map.of("body", "Hallo."))));
		assertThat(existing.status()).as(existing.toString()).isEqualTo(201);
		String subject = "Neue Lieferadresse " + id;
		assertThat(new HelpCenterForm(this.port)
			.contact("de", "Jemand", owner, subject, "Hallo, bitte liefern Sie an eine andere Adresse.")
			.status()).isEqualTo(200);
		JsonNode held = null;
		for (JsonNode ticket : this.api.get("/api/v1/tickets?limit=100").json().get("items")) {
			if (ticket.get("subject").asString().equals(subject)) {
				held = ticket;
			}
		}
		assertThat(held).as("the held ticket").isNotNull();

		Page page = signedIn();
		page.navigate("http://localhost:" + this.port + "/app/tickets/" + held.get("number").asLong());
		assertThat(page.locator("h1")).containsText(subject);
		assertThat(page.locator(".notice.unverified")).containsText("Unverified sender");
		page.navigate("http://localhost:" + this.port + "/app/tickets/"
				+ this.api.get("/api/v1/tickets/" + existing.json().get("id").asString())
					.json()
					.get("number")
					.asLong());
		assertThat(page.locator(".notice.unverified")).hasCount(0);
	}

	private Page signedIn() {
		Page page = browser.newPage("en-US");
		Browser.signIn(page, "http://localhost:" + this.port + "/app", this.agentEmail, "correct horse battery");
		return page;
	}

	private String inbound(String raw) {
		Api.Response response = this.api.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return response.json().get("ticketId").asString();
	}

}
