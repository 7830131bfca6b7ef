package dev.meridian.channels.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies to tickets that did not come by mail reach the customer by mail: a ticket from
 * the help center's contact form (and one created through the API) gets the agent's reply
 * at the customer's address, in their language, from the mailbox of their market, with
 * the headers and subject tag that bring their answer back to the same ticket.
 */
@IntegrationTest
class HelpCenterRepliesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Api api;

	static String support;

	static String mailboxId;

	/** One mailbox for the market of these tests, on the one mail server they share. */
	@BeforeEach
	void mailboxForCanada() {
		this.api = Api.on(this.port);
		if (mailboxId != null) {
			return;
		}
		new Fixtures(this.api).market("CA", "fr", "CAD", "America/Toronto");
		String unique = Fixtures.unique();
		support = "aide-" + unique + "@shop.example";
		mail.setUser(support, "aide-" + unique, "secret");
		Api.Response mailbox = this.api.post("/api/v1/channels/email/mailboxes",
				Fixtures.json(Map.of("name", "Aide " + unique, "address", support, "displayName", "Service client",
						"market", "CA", "imap",
						Map.of("host", "127.0.0.1", "port", mail.getImap().getPort(), "security", "none"), "smtp",
						Map.of("host", "127.0.0.1", "port", mail.getSmtp().getPort(), "security", "none"), "username",
						"aide-" + unique, "secret", "secret")));
		assertThat(mailbox.status()).as(mailbox.toString()).isEqualTo(201);
		mailboxId = mailbox.json().get("id").asString();
	}

	@Test
	void contactFormTicketGetsTheReplyByMailAndTheAnswerComesBackToIt() throws Exception {
		String unique = Fixtures.unique();
		String customer = "margaux-" + unique + "@client.example";
		String subject = "Facture manquante " + unique;
		HelpCenterForm.Page sent = new HelpCenterForm(this.port).contact("fr-CA", "Margaux Tremblay", customer, subject,
				"Bonjour, je n’ai pas reçu la facture de ma commande. Pouvez-vous me l’envoyer ?");
		assertThat(sent.status()).isEqualTo(200);
		JsonNode ticket = findTicket(subject);
		String ticketId = ticket.get("id").asString();
		assertThat(ticket.get("channel").asString()).isEqualTo("web");

		String replyId = this.api
			.post("/api/v1/tickets/" + ticketId + "/messages",
					"{\"body\":\"Bonjour Margaux, voici votre facture en pièce jointe.\"}")
			.json()
			.get("id")
			.asString();
		MimeMessage reply = waitFor(() -> Arrays.stream(mail.getReceivedMessages())
			.filter(m -> subjectOf(m).startsWith("Re: " + subject))
			.findFirst()
			.orElse(null));

		assertThat(reply.getAllRecipients()[0].toString()).contains(customer);
		assertThat(reply.getFrom()[0].toString()).contains(support);
		assertThat(reply.getSubject()).contains("[#" + ticket.get("number").asLong() + "]");
		assertThat(reply.getMessageID()).contains(replyId);
		assertThat(reply.getHeader("Content-Language")[0]).startsWith("fr");
		String text = ((MimeMultipart) reply.getContent()).getBodyPart(0).getContent().toString();
		assertThat(text).contains("voici votre facture").contains("Répondez à cet e-mail");
		waitFor(() -> "sent".equals(deliveryOf(ticketId, 1)) ? true : null);

		answer(customer, "RE: " + reply.getSubject(), reply.getMessageID(), "Merci, bien reçu !");
		poll();
		JsonNode messages = waitFor(() -> {
			JsonNode items = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
			return items.size() == 3 ? items : null;
		});
		assertThat(messages.get(2).get("direction").asString()).isEqualTo("inbound");
		assertThat(messages.get(2).get("text").asString()).isEqualTo("Merci, bien reçu !");
	}

	@Test
	void apiTicketWithACustomerEmailGetsTheReplyByMail() throws Exception {
		String unique = Fixtures.unique();
		String customer = "paul-" + unique + "@client.example";
		String subject = "Retour " + unique;
		Api.Response created = this.api.post("/api/v1/tickets",
				Fixtures.json(Map.of("subject", subject, "channel", "api", "customer",
						Map.of("email", customer, "name", "Paul Gagnon", "country", "CA"), "message",
						Map.of("body", "Je voudrais retourner mes chaussures, elles sont trop petites."))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String ticketId = created.json().get("id").asString();
		this.api.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Bien sûr, voici l’étiquette.\"}");
		MimeMessage reply = waitFor(() -> Arrays.stream(mail.getReceivedMessages())
			.filter(m -> subjectOf(m).startsWith("Re: " + subject))
			.findFirst()
			.orElse(null));
		assertThat(reply.getAllRecipients()[0].toString()).contains(customer);
	}

	@Test
	void contactWithAnExistingCustomersAddressIsHeldUntilTheOwnerConfirms() throws Exception {
		String unique = Fixtures.unique();
		String owner = "owner-" + unique + "@client.example";
		Api.Response existing = this.api.post("/api/v1/tickets", Fixtures.json(Map.of("subject", "Ancienne " + unique,
				"customer", Map.of("email", owner, "name", "Owner"), "message", Map.of("body", "Bonjour."))));
		assertThat(existing.status()).as(existing.toString()).isEqualTo(201);
		String ownerId = customerOf(existing.json().get("id").asString());

		String subject = "Changer l’adresse de livraison " + unique;
		HelpCenterForm form = new HelpCenterForm(this.port);
		HelpCenterForm.Page sent = form.contact("fr-CA", "Someone", owner, subject,
				"Bonjour, livrez ma commande à une autre adresse s’il vous plaît.");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html()).contains("appartient à un compte client existant");
		JsonNode held = findTicket(subject);
		String heldId = held.get("id").asString();
		assertThat(held.get("tags")).extracting(JsonNode::asString).contains("unverified");
		assertThat(customerOf(heldId)).isNotEqualTo(ownerId);

		MimeMessage confirmation = waitFor(() -> Arrays.stream(mail.getReceivedMessages())
			.filter(m -> subjectOf(m).startsWith("Veuillez confirmer votre demande"))
			.filter(m -> recipientOf(m).contains(owner))
			.findFirst()
			.orElse(null));
		String text = ((MimeMultipart) confirmation.getContent()).getBodyPart(0).getContent().toString();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("http://localhost:\\d+(/help/fr-CA/contact/confirm\\?token=([A-Za-z0-9_-]+))")
			.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(text).doesNotContain(subject);

		// An agent answers while the request is held: nobody can be written to yet.
		this.api.post("/api/v1/tickets/" + heldId + "/messages",
				"{\"body\":\"Bonjour, nous changeons l’adresse dès votre confirmation.\"}");
		waitFor(() -> "failed".equals(deliveryOf(heldId, 1)) ? true : null);
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> subjectOf(m).startsWith("Re: " + subject)))
			.isEmpty();

		// Following the link shows a button; only pressing it confirms.
		HelpCenterForm.Page page = form.get(link.group(1));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Oui, c’est moi");
		assertThat(customerOf(heldId)).isNotEqualTo(ownerId);
		HelpCenterForm.Page confirmed = form.post("/help/fr-CA/contact/confirm", Map.of("token", link.group(2)));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.html()).contains("maintenant rattachée à votre compte client");
		assertThat(customerOf(heldId)).isEqualTo(ownerId);
		assertThat(this.api.get("/api/v1/tickets/" + heldId).json().get("tags")).extracting(JsonNode::asString)
			.doesNotContain("unverified");
		// The reply held back goes out to the confirmed owner.
		MimeMessage reply = waitFor(() -> Arrays.stream(mail.getReceivedMessages())
			.filter(m -> subjectOf(m).startsWith("Re: " + subject))
			.findFirst()
			.orElse(null));
		assertThat(recipientOf(reply)).contains(owner);
		waitFor(() -> "sent".equals(deliveryOf(heldId, 1)) ? true : null);
		assertThat(form.post("/help/fr-CA/contact/confirm", Map.of("token", link.group(2))).html())
			.contains("déjà été confirmée");
		assertThat(form.post("/help/fr-CA/contact/confirm", Map.of("token", "forged")).status()).isEqualTo(404);
	}

	@Test
	void contactFormLimitsAnswerInTheReadersLanguage() {
		String unique = Fixtures.unique();
		String email = "viel-" + unique + "@kunde.example";
		HelpCenterForm form = new HelpCenterForm(this.port);
		HelpCenterForm.Page tooLong = form.contact("de", "Viel", email, "Lang " + unique, "x".repeat(10_001));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.html()).contains("Ihre Nachricht ist zu lang");
		for (int i = 1; i <= 5; i++) {
			assertThat(form.contact("de", "Viel", email, "Frage " + i + " " + unique, "Hallo, eine Frage.").status())
				.as("request %d", i)
				.isEqualTo(200);
		}
		HelpCenterForm.Page limited = form.contact("de", "Viel", email, "Frage 6 " + unique, "Hallo, eine Frage.");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.html()).contains("mehrere Nachrichten gesendet");
	}

	@Test
	void contactFormLimitsEachClientWhateverAddressItWritesFrom() {
		String unique = Fixtures.unique();
		HelpCenterForm form = new HelpCenterForm(this.port);
		for (int i = 1; i <= 20; i++) {
			assertThat(form
				.contact("de", "Viel", "client-" + i + "-" + unique + "@kunde.example", "Frage " + i + " " + unique,
						"Hallo, eine Frage.")
				.status()).as("request %d from %s", i, form.clientAddress()).isEqualTo(200);
		}
		assertThat(form
			.contact("de", "Viel", "client-21-" + unique + "@kunde.example", "Frage 21 " + unique, "Hallo, eine Frage.")
			.status()).isEqualTo(429);
		HelpCenterForm another = new HelpCenterForm(this.port);
		assertThat(another
			.contact("de", "Andere", "other-" + unique + "@kunde.example", "Andere " + unique, "Hallo, eine Frage.")
			.status()).as("another client, %s", another.clientAddress()).isEqualTo(200);
	}

	private String customerOf(String ticketId) {
		return this.jdbc.sql("select customer_id::text from tickets where id = ?::uuid")
			.param(ticketId)
			.query(String.class)
			.single();
	}

	private static String recipientOf(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private void poll() {
		try {
			this.api.post("/api/v1/channels/email/mailboxes/" + mailboxId + "/poll", "{}");
		}
		catch (java.io.UncheckedIOException ex) {
			// A slow first poll outlasts the client's timeout; the server finishes it.
		}
	}

	private String deliveryOf(String ticketId, int index) {
		JsonNode message = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(index);
		JsonNode delivery = message.get("delivery");
		return delivery == null || delivery.isNull() ? null : delivery.get("status").asString();
	}

	private void answer(String from, String subject, String inReplyTo, String text) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(support));
		message.setSubject(subject, "UTF-8");
		message.setHeader("In-Reply-To", inReplyTo);
		message.setHeader("References", inReplyTo);
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

	private JsonNode findTicket(String subject) {
		for (JsonNode ticket : this.api.get("/api/v1/tickets?limit=100").json().get("items")) {
			if (ticket.get("subject").asString().equals(subject)) {
				return ticket;
			}
		}
		throw new AssertionError("No ticket with subject " + subject);
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject() == null ? "" : message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private static <T> T waitFor(Supplier<T> probe) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Not within 180 seconds");
	}

}
