package dev.meridian.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channels.email.HelpCenterForm;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import dev.meridian.support.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader asks in the help center for their data to be erased, or changes their
 * consents: nothing happens until the owner of the address follows the mailed link; then
 * an erasure becomes a privacy request due by their market's deadline, and consents are
 * recorded with the texts shown. A link nobody follows in time expires without effect.
 */
@IntegrationTest
class HelpCenterPrivacyRequestIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern
		.compile("http://localhost:\\d+(/help/fr-BE/privacy/confirm\\?token=([A-Za-z0-9_-]+))");

	@LocalServerPort
	int port;

	Api api;

	static String mailboxId;

	/** One mailbox for Belgium, the market these readers read the help center in. */
	@BeforeEach
	void mailboxForBelgium() {
		this.api = Api.on(this.port);
		if (mailboxId != null) {
			return;
		}
		new Fixtures(this.api).market("BE", "fr", "EUR", "Europe/Brussels");
		String unique = Fixtures.unique();
		String support = "vie-privee-" + unique + "@shop.example";
		mail.setUser(support, "vp-" + unique, "secret");
		mailboxId = TestMailbox.at(this.api, "Vie privée " + unique, support, "vp-" + unique)
			.market("BE")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create()
			.get("id")
			.asString();
	}

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void theNoticeIsInTheReadersLanguageAndLinkedFromEveryPage() {
		HelpCenterForm reader = new HelpCenterForm(this.port);
		HelpCenterForm.Page notice = reader.get("/help/fr-BE/privacy");
		assertThat(notice.status()).isEqualTo(200);
		assertThat(notice.html()).contains("lang=\"fr-BE\"", "Vos droits", "Pouvons-nous vous envoyer des offres");
		assertThat(reader.get("/help/ja/privacy").html()).contains("お客様の権利");
		assertThat(reader.get("/help/fr-BE/contact").html()).contains("/help/fr-BE/privacy");
	}

	@Test
	void anErasureRequestConfirmedByEmailIsOpenDueInThirtyDays() throws Exception {
		String unique = Fixtures.unique();
		String email = "effacer-" + unique + "@client.example";
		Api.Response ticket = this.api.post("/api/v1/tickets",
				Fixtures.json(Map.of("subject", "Colis " + unique, "customer",
						Map.of("email", email, "name", "Anne Peeters", "country", "BE"), "message",
						Map.of("body", "Bonjour, où est mon colis ?"))));
		assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
		String customer = ticket.json().get("customer").get("id").asString();

		HelpCenterForm reader = new HelpCenterForm(this.port);
		HelpCenterForm.Page sent = reader.post("/help/fr-BE/privacy", Map.of("email", email, "ask", "erasure"));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html()).contains("Nous avons envoyé un lien");
		assertThat(requestsFor(email)).isEmpty();

		Matcher link = linkIn(confirmationTo(email));
		// Following the link shows a button; only pressing it confirms.
		assertThat(reader.get(link.group(1)).html()).contains("Oui, c’est moi");
		assertThat(requestsFor(email)).isEmpty();
		Instant before = Instant.now();
		HelpCenterForm.Page confirmed = reader.post("/help/fr-BE/privacy/confirm",
				Map.of("token", link.group(2), "zone", "Europe/Brussels"));
		Instant after = Instant.now();
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.html()).contains("Votre demande d’effacement de vos données est enregistrée");

		JsonNode request = requestsFor(email).get(0);
		assertThat(request.get("kind").asString()).isEqualTo("erasure");
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("customerId").asString()).isEqualTo(customer);
		assertThat(request.get("market").asString()).isEqualTo("BE");
		assertThat(request.get("language").asString()).isEqualTo("fr-BE");
		Instant created = Instant.parse(request.get("createdAt").asString());
		assertThat(created).isBetween(before.minusSeconds(1), after.plusSeconds(1));
		assertThat(Instant.parse(request.get("dueAt").asString())).isEqualTo(created.plus(Duration.ofDays(30)));
		assertThat(this.api.get("/api/v1/audit?subject=customer:" + customer + "&action=privacy.request-opened")
			.json()
			.get("items")
			.size()).isEqualTo(1);

		// Once only; and the admin closes it.
		assertThat(reader.post("/help/fr-BE/privacy/confirm", Map.of("token", link.group(2))).html())
			.contains("déjà été confirmée");
		assertThat(requestsFor(email).size()).isEqualTo(1);
		String id = request.get("id").asString();
		Api.Response rejectedWithoutReason = this.api.patch("/api/v1/privacy/requests/" + id,
				"{\"status\":\"rejected\"}");
		assertThat(rejectedWithoutReason.status()).isEqualTo(400);
		Api.Response done = this.api.patch("/api/v1/privacy/requests/" + id, "{\"status\":\"done\"}");
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("done");
		assertThat(this.api.patch("/api/v1/privacy/requests/" + id, "{\"status\":\"done\"}").status()).isEqualTo(409);
	}

	@Test
	void aRequestNobodyConfirmsInTimeExpiresWithoutEffect() throws Exception {
		String email = "oubli-" + Fixtures.unique() + "@client.example";
		HelpCenterForm reader = new HelpCenterForm(this.port);
		assertThat(reader.post("/help/fr-BE/privacy", Map.of("email", email, "ask", "export")).status()).isEqualTo(200);
		Matcher link = linkIn(confirmationTo(email));

		TestClock.advance(Duration.ofHours(49));
		HelpCenterForm.Page late = reader.post("/help/fr-BE/privacy/confirm", Map.of("token", link.group(2)));
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.html()).contains("Ce lien a expiré");
		assertThat(requestsFor(email)).isEmpty();
		assertThat(reader.post("/help/fr-BE/privacy/confirm", Map.of("token", "forged")).status()).isEqualTo(404);
	}

	@Test
	void consentChoicesConfirmedByEmailAreRecordedWithTheTextsShown() throws Exception {
		String unique = Fixtures.unique();
		String email = "choix-" + unique + "@client.example";
		Api.Response ticket = this.api.post("/api/v1/tickets",
				Fixtures.json(Map.of("subject", "Question " + unique, "customer",
						Map.of("email", email, "name", "Luc Janssens", "country", "BE"), "message",
						Map.of("body", "Bonjour, une question."))));
		String customer = ticket.json().get("customer").get("id").asString();

		HelpCenterForm reader = new HelpCenterForm(this.port);
		HelpCenterForm.Page nothing = reader.post("/help/fr-BE/privacy", Map.of("email", email, "ask", "consents"));
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(reader
			.post("/help/fr-BE/privacy",
					Map.of("email", email, "ask", "consents", "consent.marketing", "agree", "consent.surveys",
							"refuse"))
			.status()).isEqualTo(200);
		Matcher link = linkIn(confirmationTo(email));
		assertThat(this.api.get("/api/v1/customers/" + customer + "/consents").json().get("history").size()).isZero();

		HelpCenterForm.Page confirmed = reader.post("/help/fr-BE/privacy/confirm", Map.of("token", link.group(2)));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.html()).contains("Vos choix sont enregistrés");
		JsonNode consents = this.api.get("/api/v1/customers/" + customer + "/consents").json();
		JsonNode marketing = null;
		for (JsonNode standing : consents.get("consents")) {
			if (standing.get("purpose").asString().equals("marketing")) {
				marketing = standing;
			}
			if (standing.get("purpose").asString().equals("surveys")) {
				assertThat(standing.get("state").asString()).isEqualTo("refused");
			}
		}
		assertThat(marketing.get("state").asString()).isEqualTo("agreed");
		assertThat(marketing.get("decision").get("channel").asString()).isEqualTo("help-center");
		assertThat(marketing.get("decision").get("language").asString()).isEqualTo("fr-BE");
		assertThat(marketing.get("decision").get("text").asString())
			.isEqualTo("Pouvons-nous vous envoyer des offres et des nouvelles sur nos produits ?");
	}

	private java.util.List<JsonNode> requestsFor(String email) {
		JsonNode items = this.api.get("/api/v1/privacy/requests?limit=500").json().get("items");
		java.util.List<JsonNode> found = new java.util.ArrayList<>();
		for (JsonNode item : items) {
			if (item.get("email").asString().equals(email)) {
				found.add(item);
			}
		}
		return found;
	}

	private static MimeMessage confirmationTo(String email) throws Exception {
		return waitFor(() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().contains(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst().orElse(null));
	}

	private static Matcher linkIn(MimeMessage message) throws Exception {
		assertThat(message.getSubject()).startsWith("Veuillez confirmer votre demande");
		Object content = message.getContent();
		String text = content instanceof MimeMultipart parts ? parts.getBodyPart(0).getContent().toString()
				: content.toString();
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		return link;
	}

	private static <T> T waitFor(Supplier<T> probe) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Nothing arrived in time");
	}

}
