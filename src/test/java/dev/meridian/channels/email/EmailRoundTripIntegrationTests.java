package dev.meridian.channels.email;

import java.util.Arrays;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way round with a real SMTP/IMAP server (GreenMail): a customer's mail is
 * fetched from the mailbox by IMAP and becomes a ticket; the agent's reply leaves by SMTP
 * with the headers that thread it; the customer's answer to it joins the same ticket.
 */
@IntegrationTest
class EmailRoundTripIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailInReplyOutCustomerAnswersSameTicket() throws Exception {
		Api api = Api.on(this.port);
		String unique = Long.toString(System.nanoTime(), 36);
		String support = "support-" + unique + "@shop.example";
		String customer = "chloe-" + unique + "@customer.example";
		mail.setUser(support, "support-" + unique, "secret");
		JsonNode mailbox = TestMailbox.at(api, "Support " + unique, support, "support-" + unique)
			.displayName("Shop Support")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create();
		String mailboxId = mailbox.get("id").asString();
		assertThat(mailbox.get("hasSecret").asBoolean()).isTrue();

		send(customer, support, "Chloé Girard", "Colis perdu " + unique, "<first-" + unique + "@customer.example>",
				null, "Bonjour, mon colis n’est jamais arrivé. Pouvez-vous vérifier ?");
		JsonNode polled = api.post("/api/v1/channels/email/mailboxes/" + mailboxId + "/poll", "{}").json();
		assertThat(polled.get("fetched").asInt()).as(polled.toString()).isEqualTo(1);
		assertThat(TestMailbox.poll(api, mailboxId)).as("a second poll fetches nothing again").isZero();

		JsonNode ticket = findTicket(api, "Colis perdu " + unique);
		String ticketId = ticket.get("id").asString();
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("language").asString()).isEqualTo("fr");

		JsonNode reply = api
			.post("/api/v1/tickets/" + ticketId + "/messages",
					"{\"body\":\"Bonjour Chloé, nous avons relancé le transporteur.\"}")
			.json();
		MimeMessage sent = Eventually.present("the reply at the customer's mailbox",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> subjectOf(m).startsWith("Re: Colis perdu " + unique))
					.findFirst()
					.orElse(null));

		assertThat(sent.getFrom()[0]).hasToString("Shop Support <" + support + ">");
		assertThat(sent.getAllRecipients()[0].toString()).contains(customer);
		assertThat(sent.getHeader("In-Reply-To")[0]).isEqualTo("<first-" + unique + "@customer.example>");
		assertThat(sent.getHeader("References")[0]).contains("<first-" + unique + "@customer.example>");
		assertThat(sent.getMessageID()).contains(reply.get("id").asString());
		assertThat(sent.getSubject()).contains("[#" + ticket.get("number").asLong() + "]");
		assertThat(sent.getHeader("Auto-Submitted")).isNull();
		MimeMultipart alternative = (MimeMultipart) sent.getContent();
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		assertThat(alternative.getBodyPart(0).getContent().toString()).contains("nous avons relancé le transporteur");
		assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");

		MimeMessage acknowledgement = Eventually.present("the acknowledgement",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> subjectOf(m).startsWith("Nous avons bien reçu votre demande"))
					.findFirst()
					.orElse(null));
		assertThat(acknowledgement.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");

		JsonNode delivered = Eventually.present("the reply marked sent", () -> {
			JsonNode messages = api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
			JsonNode outbound = messages.get(1);
			return outbound.get("delivery") != null && !outbound.get("delivery").isNull()
					&& outbound.get("delivery").get("status").asString().equals("sent") ? outbound : null;
		});
		assertThat(delivered.get("id").asString()).isEqualTo(reply.get("id").asString());

		send(customer, support, "Chloé Girard", "RE: " + sent.getSubject(), "<second-" + unique + "@customer.example>",
				sent.getMessageID(), "Merci ! Toujours rien aujourd’hui.\n\n> Bonjour Chloé, nous avons relancé");
		assertThat(TestMailbox.poll(api, mailboxId)).isEqualTo(1);

		JsonNode messages = api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
		assertThat(messages).hasSize(3);
		assertThat(messages.get(2).get("direction").asString()).isEqualTo("inbound");
		assertThat(messages.get(2).get("text").asString()).isEqualTo("Merci ! Toujours rien aujourd’hui.");
		assertThat(messages.get(2).get("from").get("name").asString()).isEqualTo("Chloé Girard");

		// A crash after storing but before the UID was saved: the next poll reads the
		// folder again and recognises every mail by its Message-ID.
		this.jdbc.sql("update email_mailboxes set last_uid = 0 where id = ?::uuid").param(mailboxId).update();
		assertThat(TestMailbox.poll(api, mailboxId)).isEqualTo(2);
		assertThat(api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items")).hasSize(3);
	}

	private static void send(String from, String to, String name, String subject, String messageId, String inReplyTo,
			String text) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		message.setFrom(new InternetAddress(from, name, "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		if (inReplyTo != null) {
			message.setHeader("In-Reply-To", inReplyTo);
			message.setHeader("References", inReplyTo);
		}
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject() == null ? "" : message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private static JsonNode findTicket(Api api, String subject) {
		for (JsonNode ticket : api.get("/api/v1/tickets?limit=100").json().get("items")) {
			if (ticket.get("subject").asString().equals(subject)) {
				return ticket;
			}
		}
		throw new AssertionError("No ticket with subject " + subject);
	}

}
