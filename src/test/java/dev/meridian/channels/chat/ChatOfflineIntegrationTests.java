package dev.meridian.channels.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.channels.chat.settings.FieldMode;
import dev.meridian.channels.chat.settings.PreChatForm;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.channels.chat.settings.WidgetSettings;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import dev.meridian.support.TestMailbox;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline path: nobody who reads the visitor's language is on shift, so the widget
 * promises a reply time on the visitor's clock; the visitor leaves a message and an
 * address, and the conversation goes on by email in the same ticket (GreenMail).
 */
@IntegrationTest
class ChatOfflineIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	/**
	 * Saturday noon in Reykjavik (UTC all year), when the Icelandic team (Monday to
	 * Friday) is off: a Saturday in the past, so that what the tests create there never
	 * looks newer than what other tests create now.
	 */
	static final Instant SATURDAY = ZonedDateTime.now(ZoneId.of("Atlantic/Reykjavik"))
		.minusWeeks(1)
		.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY))
		.withHour(12)
		.withMinute(0)
		.withSecond(0)
		.withNano(0)
		.toInstant();

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShopSettings shops;

	Api api;

	Api browser;

	static String support;

	static String mailboxId;

	static String agentId;

	@BeforeEach
	// The shop's team reads Faroese, which no other test's agent does: other tests'
	// agents
	// (Icelandic readers among them, with weekend shifts) share this database.
	void anIcelandicShopWithAMailboxAndAWeekdayTeam() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
		TestClock.travelTo(SATURDAY);
		if (mailboxId != null) {
			return;
		}
		new Fixtures(this.api).market("IS", "fo", "ISK", "Atlantic/Reykjavik");
		String unique = Fixtures.unique();
		support = "hjalp-" + unique + "@shop.example";
		mail.setUser(support, "hjalp-" + unique, "secret");
		mailboxId = TestMailbox.at(this.api, "Hjálp " + unique, support, "hjalp-" + unique)
			.market("IS")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create()
			.get("id")
			.asString();
		agentId = icelandicAgent();
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void nobodyOnShiftPromisesInTheVisitorsZoneAndTheChatGoesOnByEmailInTheSameTicket() throws Exception {
		JsonNode widget = this.browser.get("/chat/v1/widget?locale=fo&zone=America/New_York&market=IS").json();
		JsonNode availability = widget.get("availability");
		assertThat(availability.get("staffed").asBoolean()).isFalse();
		Instant answerBy = Instant.parse(availability.get("answerBy").asString());
		// The next working day (Monday unless it is a holiday in Iceland), once the
		// team's
		// shift has begun, told on a New York clock.
		ZonedDateTime visitorClock = answerBy.atZone(NEW_YORK);
		assertThat(visitorClock.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
		assertThat(availability.get("text").asString())
			.contains(visitorClock.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
			.contains(visitorClock.format(DateTimeFormatter.ofPattern("h:mm", Locale.ENGLISH)))
			.contains("your time");

		JsonNode chat = start("{\"locale\":\"fo\",\"market\":\"IS\",\"zone\":\"America/New_York\"}");
		String ticketId = chat.get("ticketId").asString();
		assertThat(this.api.get("/api/v1/tickets/" + ticketId).json().get("market").asString()).isEqualTo("IS");
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Is the wool sweater in size M back in stock?\"}");
		String address = "gudrun-" + Fixtures.unique() + "@visitor.example";
		Api.Response left = visitor(chat).put(pathOf(chat) + "/email", "{\"email\":\"" + address + "\"}");
		assertThat(left.status()).as(left.toString()).isEqualTo(200);
		assertThat(left.json().get("outcome").asString()).isEqualTo("attached");

		// The visitor closed the tab; days later an agent answers.
		TestClock.advance(Duration.ofDays(2));
		String replyId = this.api
			.post("/api/v1/tickets/" + ticketId + "/messages",
					"{\"body\":\"Yes, size M is back since this morning.\",\"language\":\"en\"}")
			.json()
			.get("id")
			.asString();
		MimeMessage reply = Eventually.present("the reply by mail",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> recipientOf(m).contains(address))
					.filter(m -> text(m).contains("size M is back"))
					.findFirst()
					.orElse(null));
		assertThat(reply.getMessageID()).contains(replyId);
		assertThat(reply.getFrom()[0].toString()).contains(support);

		answer(address, "RE: " + reply.getSubject(), reply.getMessageID(), "Great, I will order it today.");
		TestMailbox.poll(this.api, mailboxId);
		JsonNode last = Eventually.present("the customer's answer in the same ticket", () -> {
			JsonNode items = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
			JsonNode newest = items.get(items.size() - 1);
			return newest.get("text").asString().contains("I will order it today") ? newest : null;
		});
		assertThat(last.get("direction").asString()).isEqualTo("inbound");
		Integer tickets = this.jdbc.queryForObject(
				"select count(*) from messages where body_text like 'Great, I will order it today%'", Integer.class);
		assertThat(tickets).isEqualTo(1);
	}

	@Test
	void anAddressOfAnotherCustomerJoinsThemOnlyWhenTheOwnerConfirms() throws Exception {
		String owner = "owner-" + Fixtures.unique() + "@client.example";
		String ownerId = this.api.post("/api/v1/customers", "{\"name\":\"Owner\",\"emails\":[\"" + owner + "\"]}")
			.json()
			.get("id")
			.asString();
		JsonNode chat = start("{\"locale\":\"de\",\"market\":\"IS\",\"zone\":\"Europe/Berlin\"}");
		String ticketId = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Wo bleibt meine Bestellung?\"}");

		Api.Response left = visitor(chat).put(pathOf(chat) + "/email", "{\"email\":\"" + owner + "\"}");
		assertThat(left.json().get("outcome").asString()).isEqualTo("confirmation-sent");
		assertThat(left.json().get("note").asString()).contains("Link");
		assertThat(customerOf(ticketId)).isNotEqualTo(ownerId);
		// Not confirmed: no transcript to that address, even after the chat ends.
		assertThat(visitor(chat).post(pathOf(chat) + "/end", "{}").status()).isEqualTo(200);
		Api.Response early = visitor(chat).post(pathOf(chat) + "/transcript", "{}");
		assertProblem(early, 409);
		assertThat(early.json().get("note").asString()).contains("E-Mail-Adresse");

		MimeMessage confirmation = Eventually.present("the confirmation mail",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> recipientOf(m).contains(owner))
					.filter(m -> text(m).contains("/chat/confirm?token="))
					.findFirst()
					.orElse(null));
		assertThat(confirmation.getSubject()).contains("bestätigen");
		Matcher link = Pattern.compile("http://localhost:\\d+(/chat/confirm\\?token=([A-Za-z0-9_-]+)&locale=de)")
			.matcher(text(confirmation));
		assertThat(link.find()).as(text(confirmation)).isTrue();

		Api.Response page = this.browser.get(link.group(1));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Ja, das war ich");
		assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(customerOf(ticketId)).as("following the link alone confirms nothing").isNotEqualTo(ownerId);
		Api.Response confirmed = form("/chat/confirm", "token=" + link.group(2) + "&locale=de");
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.text()).contains("gehört jetzt zu Ihrem Kundenkonto");
		assertThat(customerOf(ticketId)).isEqualTo(ownerId);

		Api.Response transcript = visitor(chat).post(pathOf(chat) + "/transcript", "{}");
		assertThat(transcript.status()).as(transcript.toString()).isEqualTo(202);
		MimeMessage sent = Eventually.present("the transcript",
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(m -> recipientOf(m).contains(owner))
					.filter(m -> text(m).contains("Verlauf Ihres Chats"))
					.findFirst()
					.orElse(null));
		assertThat(text(sent)).contains("Sie:").contains("Wo bleibt meine Bestellung?");
		assertThat(sent.getHeader("Content-Language")[0]).isEqualTo("de");
		assertThat(form("/chat/confirm", "token=forged&locale=de").status()).isEqualTo(404);
	}

	@Test
	void manyConversationsCannotFloodOneCustomersInboxWithConfirmations() {
		String owner = "flooded-" + Fixtures.unique() + "@client.example";
		this.api.post("/api/v1/customers", "{\"name\":\"Owner\",\"emails\":[\"" + owner + "\"]}");
		for (int i = 0; i < 3; i++) {
			JsonNode chat = start("{\"locale\":\"en\",\"market\":\"IS\"}");
			assertThat(visitor(chat).put(pathOf(chat) + "/email", "{\"email\":\"" + owner + "\"}")
				.json()
				.get("outcome")
				.asString()).isEqualTo("confirmation-sent");
		}
		JsonNode another = start("{\"locale\":\"en\",\"market\":\"IS\"}");

		Api.Response refused = visitor(another).put(pathOf(another) + "/email", "{\"email\":\"" + owner + "\"}");

		assertProblem(refused, 429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		Integer mails = this.jdbc.queryForObject("select count(*) from chat_email_confirmations where email = ?",
				Integer.class, owner);
		assertThat(mails).isEqualTo(3);
	}

	@Test
	void aMarketsPreChatFormIsEnforcedAndItsAnswersReachTheTicket() {
		this.shops.save(new WidgetSettings("IS", true, "#0f5132", Map.of("en", "Halló! Ask us anything."), List.of(),
				List.of(), new PreChatForm(FieldMode.REQUIRED, FieldMode.OPTIONAL, FieldMode.REQUIRED)));
		try {
			JsonNode widget = this.browser.get("/chat/v1/widget?locale=en&market=IS").json();
			assertThat(widget.get("colour").asString()).isEqualTo("#0f5132");
			assertThat(widget.get("greeting").asString()).isEqualTo("Halló! Ask us anything.");
			assertThat(widget.get("texts").get("greeting").asString()).isEqualTo("Halló! Ask us anything.");
			assertThat(widget.get("preChat").get("orderNumber").asString()).isEqualTo("required");

			Api.Response missing = this.browser.post("/chat/v1/conversations",
					"{\"locale\":\"en\",\"market\":\"IS\",\"name\":\"Jón Jónsson\"}");
			assertProblem(missing, 400);
			assertThat(missing.text()).contains("orderNumber");

			JsonNode chat = start(
					"{\"locale\":\"en\",\"market\":\"IS\",\"name\":\"Jón Jónsson\",\"orderNumber\":\"IS-10042\"}");
			JsonNode ticket = this.api.get("/api/v1/tickets/" + chat.get("ticketId").asString()).json();
			assertThat(ticket.get("tags")).extracting(JsonNode::asString).contains("order:is-10042");
			assertThat(ticket.get("customer").get("name").asString()).isEqualTo("Jón Jónsson");
		}
		finally {
			this.shops.save(WidgetSettings.defaults("IS"));
		}
	}

	@Test
	void aSiteListedInAMarketsSettingsMayCallTheChatAndOthersMayNot() {
		String origin = "https://lopi-" + Fixtures.unique() + ".example";
		Api fromTheShop = this.browser.withHeader("Origin", origin);
		assertThat(fromTheShop.get("/chat/v1/widget?market=IS").status()).isEqualTo(403);

		this.shops.save(new WidgetSettings("IS", true, WidgetSettings.DEFAULT_COLOUR, Map.of(), List.of(origin),
				List.of(), PreChatForm.NONE));
		try {
			Api.Response allowed = fromTheShop.get("/chat/v1/widget?market=IS");
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(origin);
			// The origins configured for all markets stay allowed.
			assertThat(this.browser.withHeader("Origin", "http://localhost:4000")
				.get("/chat/v1/widget?market=IS")
				.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:4000");
		}
		finally {
			this.shops.save(WidgetSettings.defaults("IS"));
		}
		assertThat(fromTheShop.get("/chat/v1/widget?market=IS").status()).isEqualTo(403);
	}

	@Test
	void theHelpCentersContactPageSaysWhenPeopleWhoReadTheReadersLanguageWorkOnTheirClock() {
		// Without the browser's zone: the market's (Reykjavik, UTC all year).
		Api.Response page = this.browser.get("/help/fo-FO/contact");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("id=\"contact-hours\"").contains("føroyskt").contains("09:00–17:00");

		// With it, as help-zone.js asks: New York is five hours behind in December.
		Api.Response hours = this.browser.get("/help/fo-FO/contact/hours?zone=America/New_York");
		assertThat(hours.status()).isEqualTo(200);
		assertThat(hours.text()).contains("People who read føroyskt are next working from")
			.contains("You can expect a reply by")
			.contains("04:00–12:00")
			.doesNotContain("09:00–17:00");
	}

	private String icelandicAgent() {
		String suffix = Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/agents",
				Fixtures.json(Map.of("email", "is." + suffix + "@example.com", "displayName", "Agent " + suffix, "role",
						"agent", "timeZone", "Atlantic/Reykjavik", "uiLanguage", "en", "languages",
						List.of(Map.of("language", "fo", "proficiency", "native")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Map<String, Object> availability = new LinkedHashMap<>();
		availability.put("shifts",
				List.of("monday", "tuesday", "wednesday", "thursday", "friday")
					.stream()
					.map(day -> Map.<String, Object>of("day", day, "start", "09:00", "end", "17:00"))
					.toList());
		availability.put("holidayRegion", Map.of("country", "IS"));
		availability.put("capacity", Map.of("maxOpenTickets", 20, "maxConcurrentChats", 2));
		Api.Response shifts = this.api.put("/api/v1/agents/" + id + "/availability", Fixtures.json(availability));
		assertThat(shifts.status()).as(shifts.toString()).isEqualTo(200);
		return id;
	}

	private JsonNode start(String body) {
		Api.Response response = this.browser.post("/chat/v1/conversations", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Api.Response form(String path, String body) {
		return this.browser.post(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String pathOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString();
	}

	private static String messagesOf(JsonNode chat) {
		return pathOf(chat) + "/messages";
	}

	private String customerOf(String ticketId) {
		return this.jdbc.queryForObject("select customer_id::text from tickets where id = ?::uuid", String.class,
				ticketId);
	}

	private static String recipientOf(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private static String text(MimeMessage message) {
		try {
			return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static void answer(String from, String subject, String inReplyTo, String text) throws Exception {
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

}
