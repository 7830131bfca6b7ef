package dev.meridian.routing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.TestMailbox;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
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

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scene issue 6 is about: a Japanese customer writes at 03:00 Tokyo time on a public
 * holiday (the spring equinox, Friday 20 March 2026). Of three agents in Lisbon, Manila
 * and Mexico City, the one who reads Japanese and is at work (Mexico City, Thursday noon)
 * gets the ticket, with the reason; the SLA counts in Tokyo's office hours from the next
 * business day (Monday); and the customer is told, in Japanese and on Tokyo's clock, when
 * to expect the answer.
 */
@IntegrationTest
class FollowTheSunIntegrationTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() });

	@LocalServerPort
	int port;

	private final List<String> agentsToSendHome = new ArrayList<>();

	private Api api;

	@AfterEach
	void backToToday() {
		TestClock.reset();
		for (String agent : this.agentsToSendHome) {
			this.api.put("/api/v1/agents/" + agent + "/presence", json(Map.of("presence", "offline")));
		}
		this.api.delete("/api/v1/calendars/markets/JP");
	}

	@Test
	void aJapaneseMailAt3InTheMorningOnAHolidayIsRoutedTimedAndAcknowledgedInTokyoTime() throws Exception {
		this.api = Api.on(this.port);
		String unique = Fixtures.unique();
		this.api.post("/api/v1/markets", json(Map.of("code", "JP", "name", "Japan", "languages", List.of("ja"),
				"currency", "JPY", "timeZone", "Asia/Tokyo")));
		Api.Response calendar = this.api.put("/api/v1/calendars/markets/JP", json(Map.of("zone", "Asia/Tokyo", "weekly",
				weekdays("09:00", "18:00"), "holidays", Map.of("country", "JP"))));
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
		Api.Response policy = this.api.post("/api/v1/sla-policies",
				json(Map.of("name", "Japan email " + unique, "position", 0, "markets", List.of("JP"), "channels",
						List.of("email"), "firstReplyMinutes", 240, "resolutionMinutes", 1440)));
		assertThat(policy.status()).as(policy.toString()).isEqualTo(201);

		String lisbon = agent("Europe/Lisbon", "PT", "pt", "10:00", "19:00");
		String manila = agent("Asia/Manila", "PH", "ja", "09:00", "18:00");
		String mexico = agent("America/Mexico_City", "MX", "ja", "08:00", "17:00");

		// 03:00 in Tokyo on the equinox holiday: 18:00 Thursday in Lisbon, 02:00 Friday
		// in
		// Manila, 12:00 Thursday in Mexico City.
		TestClock.travelTo(ZonedDateTime.of(2026, 3, 20, 3, 0, 0, 0, TOKYO).toInstant());

		String support = "support-" + unique + "@shop.example";
		mail.setUser(support, "support-" + unique, "secret");
		JsonNode mailbox = TestMailbox.at(this.api, "Support JP " + unique, support, "support-" + unique)
			.displayName("ショップサポート")
			.market("JP")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create();
		String customer = "tanaka-" + unique + "@example.jp";
		send(customer, support, "田中花子", "荷物が届きません " + unique, "注文した商品がまだ届いていません。配送状況を確認していただけますか？よろしくお願いいたします。");
		JsonNode polled = this.api
			.post("/api/v1/channels/email/mailboxes/" + mailbox.get("id").asString() + "/poll", "{}")
			.json();
		assertThat(polled.get("fetched").asInt()).as(polled.toString()).isEqualTo(1);

		String ticketId = Eventually.present("the ticket of the polled mail", () -> {
			JsonNode items = this.api.get("/api/v1/tickets?limit=50").json().get("items");
			for (JsonNode item : items) {
				if (item.get("subject").asString().endsWith(unique)) {
					return item.get("id").asString();
				}
			}
			return null;
		});
		JsonNode ticket = Eventually.satisfies("the ticket routed, timed and promised",
				() -> this.api.get("/api/v1/tickets/" + ticketId).json(),
				current -> !current.get("assignee").isNull() && !current.get("promisedReplyAt").isNull()
						&& !current.get("sla").get("firstReplyDueAt").isNull());

		assertThat(ticket.get("language").asString()).isEqualTo("ja");
		assertThat(ticket.get("market").asString()).isEqualTo("JP");
		assertThat(ticket.get("createdAt").asString()).startsWith("2026-03-19T18:00");
		assertThat(ticket.get("assignee").get("id").asString()).isEqualTo(mexico)
			.isNotEqualTo(manila)
			.isNotEqualTo(lisbon);
		assertThat(ticket.get("assignmentReason").asString()).contains("Japanese", "Mexico City");

		// Tokyo's office hours start again on Monday the 23rd, 09:00: 240 minutes later
		// is
		// 13:00; 1,440 minutes (two days and six hours) end on Wednesday at 15:00.
		JsonNode sla = ticket.get("sla");
		assertThat(Instant.parse(sla.get("firstReplyDueAt").asString()))
			.isEqualTo(ZonedDateTime.of(2026, 3, 23, 13, 0, 0, 0, TOKYO).toInstant());
		assertThat(Instant.parse(sla.get("resolutionDueAt").asString()))
			.isEqualTo(ZonedDateTime.of(2026, 3, 25, 15, 0, 0, 0, TOKYO).toInstant());
		assertThat(sla.get("breached")).isEmpty();
		// A Japanese reader is at work now; the SLA's Monday is the later, so the
		// promise.
		assertThat(Instant.parse(ticket.get("promisedReplyAt").asString()))
			.isEqualTo(ZonedDateTime.of(2026, 3, 23, 13, 0, 0, 0, TOKYO).toInstant());

		MimeMessage acknowledgement = Eventually.present("the acknowledgement",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> recipients(m).contains(customer))
					.findFirst()
					.orElse(null));
		// A first-time sender: the acknowledgement names the request by its number and
		// does
		// not echo the subject they wrote (issue 10, item 12).
		assertThat(acknowledgement.getSubject()).matches("お問い合わせ \\[#\\d+\\] を受け付けました").doesNotContain("荷物が届きません");
		String text = ((MimeMultipart) acknowledgement.getContent()).getBodyPart(0).getContent().toString();
		// Monday 23 March, 13:00 on Tokyo's clock, said the Japanese way; never UTC
		// (04:00) nor the agent's Mexico City time (22:00 on Sunday).
		assertThat(text).contains("3月23日", "月曜日", "13:00", "東京", "までにご返信いたします")
			.doesNotContain("04:00")
			.doesNotContain("22:00")
			.doesNotContain("UTC");
	}

	private String agent(String zone, String country, String language, String start, String end) {
		String suffix = Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/agents",
				json(Map.of("email", "sun." + suffix + "@example.com", "displayName", "Agent " + suffix, "role",
						"agent", "timeZone", zone, "uiLanguage", "en", "languages",
						List.of(Map.of("language", language, "proficiency", "native"),
								Map.of("language", "en", "proficiency", "C1")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		this.agentsToSendHome.add(id);
		Map<String, Object> availability = new LinkedHashMap<>();
		availability.put("shifts", weekdays(start, end));
		availability.put("holidayRegion", Map.of("country", country));
		availability.put("capacity", Map.of("maxOpenTickets", 20, "maxConcurrentChats", 2));
		Api.Response shifts = this.api.put("/api/v1/agents/" + id + "/availability", json(availability));
		assertThat(shifts.status()).as(shifts.toString()).isEqualTo(200);
		Api.Response online = this.api.put("/api/v1/agents/" + id + "/presence", json(Map.of("presence", "online")));
		assertThat(online.status()).as(online.toString()).isEqualTo(200);
		return id;
	}

	private static List<Map<String, Object>> weekdays(String start, String end) {
		return List.of("monday", "tuesday", "wednesday", "thursday", "friday")
			.stream()
			.map(day -> Map.<String, Object>of("day", day, "start", start, "end", end))
			.toList();
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

	private static String recipients(MimeMessage message) {
		try {
			return message.getAllRecipients() == null ? "" : Arrays.toString(message.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

}
