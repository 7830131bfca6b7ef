package dev.meridian.channels.email;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestMailbox;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acknowledgement of a new request by mail suggests the help center's article the bot
 * is sure of, in the customer's language, with its passage and address; a request nothing
 * answers gets the acknowledgement alone.
 */
@IntegrationTest
class AcknowledgementSuggestionIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Test
	void theAcknowledgementSuggestsTheArticleThatAnswersAndNothingWhenNoneDoes() throws Exception {
		Api api = Api.on(this.port);
		String word = "Kromvalt" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
		Api.Response created = api.post("/api/v1/knowledge/articles",
				Fixtures.json(Map.of("sourceLocale", "de", "translations", List.of(Map.of("locale", "de", "title",
						"Den Wasserfilter " + word + " entkalken", "status", "published", "body",
						"Füllen Sie den Tank des " + word + " mit Essigwasser und lassen Sie es eine Stunde wirken. "
								+ "Spülen Sie den " + word + " danach dreimal mit klarem Wasser.\n\n" + "Der " + word
								+ " hat zwei Jahre Garantie.")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String question = "Wie entkalke ich den Wasserfilter " + word + "?";
		Eventually.satisfies("the bot answers from the new article",
				() -> api.post("/api/v1/bot/answer", Fixtures.json(Map.of("text", question, "locale", "de"))).json(),
				reply -> reply.get("answer") != null && !reply.get("answer").isNull());

		String unique = Fixtures.unique().replaceAll("[^a-z0-9]", "");
		String support = "hilfe-" + unique + "@shop.example";
		mail.setUser(support, "hilfe-" + unique, "secret");
		String mailbox = TestMailbox.at(api, "Hilfe " + unique, support, "hilfe-" + unique)
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create()
			.get("id")
			.asString();

		String asking = "jonas-" + unique + "@kunde.example";
		send(asking, support, "Wasserfilter " + word, "Guten Tag, " + question
				+ " Ich habe das Gerät letzten Monat gekauft und das Wasser schmeckt nach Kalk.");
		String unanswerable = "mia-" + unique + "@kunde.example";
		send(unanswerable, support, "Rechnung " + unique,
				"Guten Tag, können Sie mir bitte die Rechnung " + unique + "zz noch einmal schicken?");
		assertThat(TestMailbox.poll(api, mailbox)).isEqualTo(2);

		String suggested = body(acknowledgementTo(asking));
		assertThat(suggested).contains("Dieser Artikel beantwortet Ihre Frage vielleicht schon")
			.contains("Den Wasserfilter " + word + " entkalken")
			.contains("Essigwasser")
			.contains("/help/de/articles/");
		assertThat(body(acknowledgementTo(unanswerable))).doesNotContain("Dieser Artikel");
	}

	private static MimeMessage acknowledgementTo(String address) {
		return Eventually.present("the acknowledgement to " + address,
				() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> {
					try {
						return m.getAllRecipients()[0].toString().contains(address)
								&& m.getHeader("Auto-Submitted") != null;
					}
					catch (jakarta.mail.MessagingException ex) {
						return false;
					}
				}).findFirst().orElse(null));
	}

	private static String body(MimeMessage message) throws Exception {
		return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
	}

	private static void send(String from, String to, String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

}
