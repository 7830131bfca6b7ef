package dev.meridian.channels.chat;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat as a visitor's browser uses it, through HTTP with no API token, and the
 * agent's side through the ordinary ticket API.
 */
@IntegrationTest
class ChatApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	/** A visitor's browser: no token of the agents' API. */
	Api browser;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void aVisitorWritesAndReadsTheAgentsEnglishReplyInSpanish() {
		JsonNode chat = start("{\"locale\":\"es\",\"name\":\"Lucía\",\"page\":\"https://shop.example/pedidos\"}");
		String ticketId = chat.get("ticketId").asString();
		JsonNode ticket = this.api.get("/api/v1/tickets/" + ticketId).json();
		assertThat(ticket.get("channel").asString()).isEqualTo("chat");
		assertThat(ticket.get("language").asString()).isEqualTo("es");

		Api.Response sent = visitor(chat).post(messagesOf(chat),
				"{\"text\":\"Hola, ¿dónde está mi pedido? Lo compré la semana pasada.\"}");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		String visitorMessage = sent.json().get("id").asString();
		assertThat(this.api.get("/api/v1/tickets/" + ticketId).json().get("status").asString()).isEqualTo("open");

		Api.Response reply = this.api.post("/api/v1/tickets/" + ticketId + "/messages",
				"{\"body\":\"Your order is in the warehouse.\",\"language\":\"en\"}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		JsonNode items = visitor(chat).get(messagesOf(chat) + "?after=" + visitorMessage).json().get("items");
		// Besides the reply, the system may have told the visitor when to expect one.
		// (The
		// reply's author is the API token's: here the bootstrap token, no agent.)
		JsonNode answer = only(items, "Your order is in the warehouse.");
		assertThat(answer.get("author").get("type").asString()).isIn("agent", "system");
		assertThat(answer.get("language").asString()).isEqualTo("es");
		assertThat(answer.get("machineTranslated").asBoolean()).isTrue();
		assertThat(answer.get("text").asString()).containsIgnoringCase("almacén");
		assertThat(answer.get("original").get("text").asString()).isEqualTo("Your order is in the warehouse.");

		// The whole conversation: the visitor's message, then the reply; never the
		// internal note that says where the chat started.
		JsonNode all = visitor(chat).get(messagesOf(chat)).json().get("items");
		assertThat(all.get(0).get("author").get("type").asString()).isEqualTo("customer");
		assertThat(all.get(0).get("text").asString()).startsWith("Hola, ¿dónde está mi pedido?");
		assertThat(all.get(all.size() - 1).get("id").asString()).isEqualTo(answer.get("id").asString());
		assertThat(all.toString()).doesNotContain("shop.example/pedidos");
	}

	@Test
	void aReplyToAVisitorStillConnectedIsNotMailedButOneToAVisitorWhoLeftIs() {
		String email = "signed." + Fixtures.unique() + "@example.com";
		JsonNode chat = start("{\"locale\":\"en\",\"identity\":{\"email\":\"" + email + "\",\"signature\":\""
				+ sign(email, Api.CHAT_SECRET) + "\"}}");
		String ticketId = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Is the blue scarf back in stock?\"}");

		String first = this.api
			.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Yes, since this morning.\"}")
			.json()
			.get("id")
			.asString();
		// The mail channel decides after the reply is stored: wait until it has, before
		// the
		// visitor "leaves".
		Eventually.holds("the mail channel has seen the first reply", () -> handled("MailQueue", first));
		TestClock.advance(Duration.ofMinutes(5));
		this.api.post("/api/v1/tickets/" + ticketId + "/messages", "{\"body\":\"Shall I reserve one for you?\"}");

		String second = this.jdbc.queryForObject(
				"select id::text from messages where ticket_id = ?::uuid and body_text like 'Shall I reserve%'",
				String.class, ticketId);
		Eventually.holds("the mail channel has seen the second reply", () -> handled("MailQueue", second));
		assertThat(this.jdbc.queryForList("select message_id::text from email_outbox where ticket_id = ?::uuid",
				String.class, ticketId))
			.containsExactly(second);
		String recipient = this.jdbc.queryForObject("select recipient from email_outbox where ticket_id = ?::uuid",
				String.class, ticketId);
		assertThat(recipient).isEqualTo(email);
	}

	@Test
	void aSignedIdentityJoinsTheShopsCustomerAndAForgedOneIsRefused() {
		String email = "known." + Fixtures.unique() + "@example.com";
		String customerId = this.api
			.post("/api/v1/customers", "{\"givenName\":\"Ana\",\"familyName\":\"Lima\",\"emails\":[\"" + email + "\"]}")
			.json()
			.get("id")
			.asString();

		JsonNode chat = start(
				"{\"identity\":{\"email\":\"" + email + "\",\"signature\":\"" + sign(email, Api.CHAT_SECRET) + "\"}}");
		JsonNode ticket = this.api.get("/api/v1/tickets/" + chat.get("ticketId").asString()).json();
		assertThat(ticket.get("customer").get("id").asString()).isEqualTo(customerId);

		int before = count("chat_conversations");
		Api.Response forged = this.browser.post("/chat/v1/conversations", "{\"identity\":{\"email\":\"" + email
				+ "\",\"signature\":\"" + sign(email, "a guess at the secret") + "\"}}");
		assertProblem(forged, 400);
		assertThat(forged.text()).contains("identity.signature");
		assertThat(count("chat_conversations")).isEqualTo(before);
	}

	@Test
	void aTypedAddressJoinsNobody() {
		String email = "victim." + Fixtures.unique() + "@example.com";
		String customerId = this.api.post("/api/v1/customers", "{\"name\":\"Victim\",\"emails\":[\"" + email + "\"]}")
			.json()
			.get("id")
			.asString();

		JsonNode chat = start("{\"email\":\"" + email + "\"}");

		JsonNode ticket = this.api.get("/api/v1/tickets/" + chat.get("ticketId").asString()).json();
		assertThat(ticket.get("customer").get("id").asString()).isNotEqualTo(customerId);
	}

	@Test
	void withoutTheConversationsTokenNothingIsReadOrWritten() {
		JsonNode chat = start("{\"locale\":\"de\"}");
		JsonNode other = start("{\"locale\":\"de\"}");
		String path = messagesOf(chat);

		assertProblem(this.browser.get(path), 401);
		assertProblem(this.browser.withHeader("Authorization", "Visitor not-a-token").get(path), 401);
		assertProblem(visitor(other).get(path), 401);
		Api.Response refused = visitor(other).withHeader("Accept-Language", "de-DE,de;q=0.9")
			.post(path, "{\"text\":\"Hallo\"}");
		assertProblem(refused, 401);
		assertThat(refused.header("WWW-Authenticate")).isEqualTo("Visitor");
		assertThat(refused.json().get("note").asString()).contains("Gespräch");
		assertThat(visitor(chat).get(path).json().get("items")).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefused() {
		JsonNode chat = start("{}");
		assertThat(visitor(chat).post(messagesOf(chat), "{\"text\":\"Hello\"}").status()).isEqualTo(201);
		TestClock.advance(Duration.ofDays(31));

		// The node remembers the conversation's token: its expiry is still read with the
		// line.
		assertProblem(visitor(chat).post(messagesOf(chat), "{\"text\":\"Still there?\"}"), 401);
		assertProblem(visitor(chat).get(messagesOf(chat)), 401);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from messages where ticket_id = ?::uuid and author_type = 'CUSTOMER'", Integer.class,
				chat.get("ticketId").asString()))
			.isEqualTo(1);
	}

	@Test
	void aTooLongMessageIsRefusedWithANoteInTheVisitorsLanguageAndNothingStored() {
		JsonNode chat = start("{\"locale\":\"fr\"}");

		Api.Response refused = visitor(chat).withHeader("Accept-Language", "fr")
			.post(messagesOf(chat), "{\"text\":\"" + "a".repeat(4001) + "\"}");

		assertProblem(refused, 413);
		assertThat(refused.json().get("note").asString())
			.matches("Ce message est trop long : 4\\h?000 caractères au maximum\\.");
		assertThat(visitor(chat).get(messagesOf(chat)).json().get("items")).isEmpty();
		assertProblem(visitor(chat).post(messagesOf(chat), "{\"text\":\"" + "a".repeat(70_000) + "\"}"), 413);
	}

	@Test
	void aFloodIsSlowedDownWithoutAServerError() {
		JsonNode chat = start("{}");
		for (int i = 0; i < 20; i++) {
			assertThat(visitor(chat).post(messagesOf(chat), "{\"text\":\"spam " + i + "\"}").status()).isEqualTo(201);
		}

		Api.Response refused = visitor(chat).post(messagesOf(chat), "{\"text\":\"one more\"}");

		assertProblem(refused, 429);
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
		assertThat(visitor(chat).get(messagesOf(chat)).json().get("items")).hasSize(20);
	}

	@Test
	void markupAVisitorTypesIsKeptAsText() {
		JsonNode chat = start("{}");
		String typed = "<img src=x onerror=alert(1)> <b>bold?</b>";

		visitor(chat).post(messagesOf(chat), "{\"text\":" + Api.quote(typed) + "}");

		assertThat(visitor(chat).get(messagesOf(chat)).json().get("items").get(0).get("text").asString())
			.isEqualTo(typed);
	}

	@Test
	void badInputIsAClearError() {
		assertProblem(this.browser.post("/chat/v1/conversations", "{\"locale\":\"xx-not-a-language\"}"), 400);
		assertProblem(this.browser.post("/chat/v1/conversations", "{not json"), 400);
		JsonNode chat = start("{}");
		assertProblem(visitor(chat).post(messagesOf(chat), "{\"text\":\"   \"}"), 400);
		assertProblem(visitor(chat).get(messagesOf(chat) + "?after=not-a-uuid"), 400);
		assertProblem(visitor(chat).get(messagesOf(chat) + "?after=00000000-0000-0000-0000-000000000000"), 400);
	}

	/**
	 * A visitor's lines are indexed after their request returns, in the background (a
	 * refresh of the index per line cost more than storing it): still, each is found by
	 * the agents' search moments later.
	 */
	@Test
	void aVisitorsLineIsFoundByTheAgentsSearchMomentsLater() {
		JsonNode chat = start("{\"locale\":\"en\"}");
		String word = "parcel" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
		Api.Response sent = visitor(chat).post(messagesOf(chat),
				"{\"text\":\"My " + word + " has not arrived yet, can you check?\"}");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

		JsonNode results = Eventually.satisfies("the line is in the search index",
				() -> this.api.get("/api/v1/search/tickets?q=" + word).json().get("results"),
				found -> !found.isEmpty());
		assertThat(results.get(0).get("ticketId").asString()).isEqualTo(chat.get("ticketId").asString());
		assertThat(results.get(0).get("matchedIn").asString()).as(results.toString()).isEqualTo("message");
	}

	@Test
	void theReadSaysWhenTheChatIsOverForAWidgetThatMissedTheLiveNotice() {
		JsonNode chat = start("{\"locale\":\"es\"}");
		String ticketId = chat.get("ticketId").asString();
		visitor(chat).post(messagesOf(chat), "{\"text\":\"¿Tienen bufandas de lana?\"}");
		assertThat(visitor(chat).get(messagesOf(chat)).json().get("ended").asBoolean()).isFalse();

		Api.Response solved = this.api.patch("/api/v1/tickets/" + ticketId, "{\"status\":\"solved\"}");
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);

		JsonNode read = visitor(chat).get(messagesOf(chat)).json();
		assertThat(read.get("ended").asBoolean()).as(read.toString()).isTrue();
		assertThat(read.get("items")).isNotEmpty();
	}

	private JsonNode start(String body) {
		Api.Response response = this.browser.post("/chat/v1/conversations", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String messagesOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages";
	}

	private static JsonNode only(JsonNode items, String original) {
		java.util.List<JsonNode> found = new java.util.ArrayList<>();
		items.forEach(item -> {
			if (item.hasNonNull("original") && original.equals(item.get("original").get("text").asString())) {
				found.add(item);
			}
		});
		assertThat(found).as(items.toString()).hasSize(1);
		return found.get(0);
	}

	/** Whether the listener has completed its work for the event that names this id. */
	private boolean handled(String listener, String id) {
		Integer done = this.jdbc.queryForObject(
				"select count(*) from event_publication where listener_id like ? "
						+ "and serialized_event like ? and completion_date is not null",
				Integer.class, "%" + listener + "%", "%" + id + "%");
		return done != null && done > 0;
	}

	private int count(String table) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return count == null ? 0 : count;
	}

	static String sign(String email, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
