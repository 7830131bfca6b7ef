package dev.meridian.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.LocalDeepL;
import dev.meridian.support.TestClock;
import dev.meridian.support.TestMailbox;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's scene: a Japanese customer's ticket, solved at 23:00 Tokyo time, is surveyed
 * at 08:00 Tokyo time (after the 24-hour delay, the next morning out of quiet hours), in
 * Japanese, by mail; answering "bad" with a comment gives the agent's German-speaking
 * supervisor a follow-up with the comment translated; marking the comment's theme
 * addressed tells the customer once, in Japanese.
 */
@IntegrationTest
class FeedbackLoopIntegrationTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final Pattern LINK = Pattern.compile("http://localhost:\\d+/feedback/([A-Za-z0-9_-]+)\\?rating=1");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void aJapaneseCustomerIsAskedAt8InTokyoAndTheLoopIsClosed() throws Exception {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		String unique = Fixtures.unique();
		fixtures.market("JP", "ja", "JPY", "Asia/Tokyo");
		// Tuesday 8 December 2026, 22:30 in Tokyo: an ordinary working day, no holiday
		// on the 9th or 10th.
		TestClock.travelTo(ZonedDateTime.of(2026, 12, 8, 22, 30, 0, 0, TOKYO).toInstant());

		String agent = agent(api, "Sato " + unique, "agent", "ja", "ja");
		String supervisor = agent(api, "Weber " + unique, "supervisor", "de", "de");
		Api.Response team = api.post("/api/v1/teams", json(Map.of("name", "Japan " + unique, "members",
				List.of(agent, supervisor), "markets", List.of("JP"), "languages", List.of("ja"))));
		assertThat(team.status()).as(team.toString()).isEqualTo(201);

		String support = "support-" + unique + "@shop.example";
		mail.setUser(support, "support-" + unique, "secret");
		String mailbox = TestMailbox.at(api, "Support JP " + unique, support, "support-" + unique)
			.market("JP")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create()
			.get("id")
			.asString();
		String customer = "hanako-" + unique + "@example.jp";
		send(customer, support, "山田花子", "注文 " + unique, "注文した商品がまだ届いていません。配送状況を確認していただけますか？");
		assertThat(TestMailbox.poll(api, mailbox)).isEqualTo(1);
		String ticket = Eventually.present("the ticket of the mail", () -> {
			for (JsonNode item : api.get("/api/v1/tickets?limit=50").json().get("items")) {
				if (item.get("subject").asString().endsWith(unique)) {
					return item.get("id").asString();
				}
			}
			return null;
		});

		// The agent answers, in Japanese, then solves it at 23:00 Tokyo time.
		Api asAgent = api.withToken(fixtures.token("agent", agent, "tickets:read", "tickets:write").secret());
		Api.Response reply = asAgent.post("/api/v1/tickets/" + ticket + "/messages",
				json(Map.of("body", "ご連絡ありがとうございます。本日発送いたしました。", "language", "ja")));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		TestClock.travelTo(ZonedDateTime.of(2026, 12, 8, 23, 0, 0, 0, TOKYO).toInstant());
		Api.Response solved = asAgent.patch("/api/v1/tickets/" + ticket, json(Map.of("status", "solved")));
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

		// Due 24 hours later, Wednesday 23:00, in quiet hours: Thursday 08:00 in Tokyo.
		Instant due = Eventually.present("the survey is scheduled",
				() -> this.jdbc.sql("select scheduled_for from feedback_surveys where ticket_id = ?::uuid")
					.param(ticket)
					.query(java.sql.Timestamp.class)
					.optional()
					.map(java.sql.Timestamp::toInstant)
					.orElse(null));
		assertThat(due).isEqualTo(ZonedDateTime.of(2026, 12, 10, 8, 0, 0, 0, TOKYO).toInstant());
		Map<String, Object> credit = this.jdbc
			.sql("select language, market, channel, agent_id::text as agent, translated from feedback_surveys"
					+ " where ticket_id = ?::uuid")
			.param(ticket)
			.query()
			.singleRow();
		assertThat(credit).containsEntry("language", "ja")
			.containsEntry("market", "JP")
			.containsEntry("channel", "email")
			.containsEntry("agent", agent)
			.containsEntry("translated", false);

		// 07:59 in Tokyo: nothing yet.
		TestClock.travelTo(ZonedDateTime.of(2026, 12, 10, 7, 59, 0, 0, TOKYO).toInstant());
		Thread.sleep(1500);
		assertThat(surveyMails(customer)).isEmpty();

		// 08:00: the survey arrives, in Japanese, with one-click answers.
		TestClock.travelTo(ZonedDateTime.of(2026, 12, 10, 8, 0, 1, 0, TOKYO).toInstant());
		MimeMessage survey = Eventually.present("the survey mail",
				() -> surveyMails(customer).stream().findFirst().orElse(null));
		assertThat(survey.getSubject()).startsWith("サポートはいかがでしたか？");
		assertThat(survey.getHeader("Content-Language")[0]).isEqualTo("ja");
		String text = ((MimeMultipart) survey.getContent()).getBodyPart(0).getContent().toString();
		assertThat(text).contains("山田", "様", "どの程度満足されましたか", "とても不満");
		String html = ((MimeMultipart) survey.getContent()).getBodyPart(1).getContent().toString();
		assertThat(html).contains("<a href=\"http://localhost:" + this.port + "/feedback/");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String token = link.group(1);
		assertThat(this.jdbc.sql("select count(*) from feedback_surveys where token = ?")
			.param(token)
			.query(Long.class)
			.single()).as("the token is forgotten once mailed").isZero();

		// The one-click link of the lowest rating opens the page in Japanese with it
		// chosen, asking what went wrong.
		Api.Response page = api.get("/feedback/" + token + "?rating=1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("lang=\"ja\"", "ご意見をお聞かせください", "申し訳ございません", "value=\"1\" required checked");

		String comment = "配送が遅すぎて、返事もありませんでした。";
		String german = "Die Lieferung war viel zu langsam, und ich bekam keine Antwort.";
		LocalDeepL.learn("ja", "de", comment, german);
		Api.Response answered = api.post("/feedback/" + token,
				json(Map.of("rating", "bad", "comment", comment, "reason", "too_slow")));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		assertThat(answered.json().get("score").asInt()).isEqualTo(1);
		assertThat(api.post("/feedback/" + token, json(Map.of("rating", "good"))).status()).isEqualTo(409);

		// The supervisor's follow-up: the comment and its German translation.
		Api asSupervisor = api
			.withToken(fixtures.token("supervisor", supervisor, "tickets:read", "tickets:write").secret());
		JsonNode followUp = Eventually.present("the follow-up", () -> {
			for (JsonNode item : asSupervisor.get("/api/v1/feedback/follow-ups?state=open").json().get("items")) {
				if (item.get("ticket").asString().equals(ticket)) {
					return item;
				}
			}
			return null;
		});
		assertThat(followUp.get("supervisor").asString()).isEqualTo(supervisor);
		assertThat(followUp.get("agent").asString()).isEqualTo(agent);
		assertThat(followUp.get("score").asInt()).isEqualTo(1);
		assertThat(followUp.get("reason").asString()).isEqualTo("too_slow");
		assertThat(followUp.get("comment").asString()).isEqualTo(comment);
		assertThat(followUp.get("commentLanguage").asString()).isEqualTo("ja");
		assertThat(followUp.get("translation").asString()).isEqualTo(german);
		assertThat(followUp.get("translationLanguage").asString()).isEqualTo("de");

		// The lexicon put the comment into the delivery theme.
		JsonNode comments = asSupervisor.get("/api/v1/feedback/themes/delivery/comments").json().get("items");
		List<String> texts = new java.util.ArrayList<>();
		comments.forEach(item -> texts.add(item.get("comment").asString()));
		assertThat(texts).contains(comment);

		// Addressed, with a note in German: the customer hears it once, in Japanese, in
		// their daytime (it is 08:00 in Tokyo).
		String note = "Wir versenden Bestellungen nach Japan jetzt aus unserem Lager in Osaka.";
		LocalDeepL.learn("de", "ja", note, "日本へのご注文は大阪の倉庫から発送するようになりました。");
		Api.Response addressed = asSupervisor.post("/api/v1/feedback/themes/delivery/addressed",
				json(Map.of("note", note, "language", "de")));
		assertThat(addressed.status()).as(addressed.toString()).isEqualTo(200);
		assertThat(addressed.json().get("theme").get("state").asString()).isEqualTo("addressed");
		assertThat(addressed.json().get("notified").asInt()).isGreaterThanOrEqualTo(1);
		MimeMessage told = Eventually.present("the \"you told us\" mail",
				() -> mailsTo(customer, "いただいたご意見をもとに改善しました").stream().findFirst().orElse(null));
		String toldText = ((MimeMultipart) told.getContent()).getBodyPart(0).getContent().toString();
		assertThat(toldText).contains("山田", "様", "大阪の倉庫から発送");

		// Marking it again tells nobody twice.
		assertThat(asSupervisor
			.post("/api/v1/feedback/themes/delivery/addressed", json(Map.of("note", note, "language", "de")))
			.status()).isEqualTo(409);
		Thread.sleep(1500);
		assertThat(mailsTo(customer, "いただいたご意見をもとに改善しました")).hasSize(1);
		assertThat(surveyMails(customer)).hasSize(1);
	}

	private static List<MimeMessage> surveyMails(String customer) {
		return mailsTo(customer, "サポートはいかがでしたか？");
	}

	private static List<MimeMessage> mailsTo(String customer, String subject) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(address -> address.toString().contains(customer))
						&& message.getSubject().startsWith(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String agent(Api api, String name, String role, String uiLanguage, String language) {
		Api.Response created = api.post("/api/v1/agents",
				json(Map.of("email", "fb." + Fixtures.unique() + "@example.com", "displayName", name, "role", role,
						"timeZone", "Asia/Tokyo", "uiLanguage", uiLanguage, "languages",
						List.of(Map.of("language", language, "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static void send(String from, String to, String name, String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from, name, "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		Transport.send(message);
	}

}
