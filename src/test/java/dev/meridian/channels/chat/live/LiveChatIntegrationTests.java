package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.markets.LanguageTag;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Stomp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat live on one node (Spring's in-memory broker): visitors and agents over STOMP,
 * who may hear what, typing both ways, and long polling for visitors without WebSockets.
 */
@IntegrationTest
class LiveChatIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	LongPolls polls;

	@Autowired
	LiveVisitors visitors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChatTexts texts;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void aVisitorHearsTheAgentsReplyPushedOnceStoredAndTheAgentHearsTheVisitor() throws Exception {
		JsonNode chat = start();
		String email = "live." + UUID.randomUUID() + "@example.com";
		new Fixtures(this.api).agentWithPassword(email, "correct horse battery", "Europe/Berlin", "en");
		try (Stomp visitor = Stomp.visitor(this.port, conversation(chat), token(chat));
				Stomp agent = Stomp.agent(this.port, email, "correct horse battery")) {
			BlockingQueue<JsonNode> visitorHears = visitor.subscribe("/topic/chat." + conversation(chat));
			BlockingQueue<JsonNode> agentHears = agent.subscribe("/topic/ticket." + ticket(chat));
			subscribed(visitor, visitorHears, agent, agentHears, conversation(chat), ticket(chat));

			String written = visitor(chat).post(messages(chat), "{\"text\":\"Is the blue scarf in stock?\"}")
				.json()
				.get("id")
				.asString();
			JsonNode notice = nextOfType(agentHears, "message");
			assertThat(notice.get("message").asString()).isEqualTo(written);
			// The visitor hears their own message too (the widget shows it once, by id).
			assertThat(nextOfType(visitorHears, "message").get("item").get("id").asString()).isEqualTo(written);

			Api.Response reply = this.api.post("/api/v1/tickets/" + ticket(chat) + "/messages",
					"{\"body\":\"Yes, three are left.\",\"language\":\"en\"}");
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
			JsonNode pushed = nextOfType(visitorHears, "message").get("item");
			assertThat(pushed.get("id").asString()).isEqualTo(reply.json().get("id").asString());
			assertThat(pushed.get("text").asString()).isEqualTo("Yes, three are left.");
			// The API token of no agent writes as the system.
			assertThat(pushed.get("author").get("type").asString()).isNotEqualTo("customer");

			visitor.send("/live/chat." + conversation(chat) + ".typing", "{\"typing\":true}");
			assertThat(nextOfType(agentHears, "typing").get("typing").asBoolean()).isTrue();
			visitor.send("/live/chat." + conversation(chat) + ".viewing", "{\"page\":\"https://shop.example/hats\"}");
			assertThat(nextOfType(agentHears, "viewing").get("page").asString()).isEqualTo("https://shop.example/hats");
			agent.send("/live/ticket." + ticket(chat) + ".typing", "{\"typing\":true}");
			assertThat(nextOfType(visitorHears, "typing").get("typing").asBoolean()).isTrue();
			agent.send("/live/ticket." + ticket(chat) + ".read", "{\"message\":\"" + written + "\"}");
			assertThat(nextOfType(visitorHears, "read").get("id").asString()).isEqualTo(written);
		}
	}

	@Test
	void aLineSentOverTheSocketIsStoredHeardByTheAgentAndAnsweredWithItsId() throws Exception {
		JsonNode chat = start();
		String email = "live." + UUID.randomUUID() + "@example.com";
		new Fixtures(this.api).agentWithPassword(email, "correct horse battery", "Europe/Berlin", "en");
		try (Stomp visitor = Stomp.visitor(this.port, conversation(chat), token(chat));
				Stomp agent = Stomp.agent(this.port, email, "correct horse battery")) {
			BlockingQueue<JsonNode> visitorHears = visitor.subscribe("/topic/chat." + conversation(chat));
			BlockingQueue<JsonNode> agentHears = agent.subscribe("/topic/ticket." + ticket(chat));
			subscribed(visitor, visitorHears, agent, agentHears, conversation(chat), ticket(chat));

			visitor.send("/live/chat." + conversation(chat) + ".say",
					"{\"ref\":\"l1\",\"text\":\"<b>Wo bleibt mein Paket?</b>\",\"page\":\"https://shop.example/orders\"}");

			JsonNode accepted = nextOfType(visitorHears, "accepted");
			assertThat(accepted.get("ref").asString()).isEqualTo("l1");
			String id = accepted.get("id").asString();
			// The line as the visitor's other widgets show it comes with the answer,
			// once.
			assertThat(accepted.get("item").get("id").asString()).isEqualTo(id);
			assertThat(accepted.get("item").get("text").asString()).isEqualTo("<b>Wo bleibt mein Paket?</b>");
			assertThat(accepted.get("item").get("author").get("type").asString()).isEqualTo("customer");
			assertThat(nextOfType(agentHears, "message").get("message").asString()).isEqualTo(id);
			JsonNode stored = visitor(chat).get(messages(chat)).json().get("items");
			assertThat(stored.valueStream().filter(item -> item.get("id").asString().equals(id))).singleElement()
				.satisfies(item -> {
					// Markup is text, as over HTTP; the language detected as for any
					// line.
					assertThat(item.get("text").asString()).isEqualTo("<b>Wo bleibt mein Paket?</b>");
					assertThat(item.get("language").asString()).isEqualTo("de");
				});
		}
	}

	@Test
	void aLineTheHttpApiWouldRefuseIsRefusedOverTheSocketWithTheSameStatusAndNote() throws Exception {
		JsonNode chat = start();
		try (Stomp visitor = Stomp.visitor(this.port, conversation(chat), token(chat))) {
			BlockingQueue<JsonNode> hears = visitor.subscribe("/topic/chat." + conversation(chat));
			// The server says when the broker has the subscription.
			nextOfType(hears, "subscribed");
			visitor.send("/live/chat." + conversation(chat) + ".say", "{\"ref\":\"empty\",\"text\":\"  \"}");
			JsonNode refused = answerTo(hears, "empty");
			assertThat(refused.get("type").asString()).isEqualTo("refused");
			assertThat(refused.get("ref").asString()).isEqualTo("empty");
			assertThat(refused.get("status").asInt()).isEqualTo(400);
			assertThat(refused.get("note").asString()).isNotBlank();
			// A flood (20 lines a minute per conversation): 429 with the seconds to wait,
			// and the note the widget shows, in the visitor's language.
			// A frame that is not the line's JSON is dropped; the socket stays open.
			visitor.send("/live/chat." + conversation(chat) + ".say", "{\"ref\": [not json");
			assertThat(visitor.isConnected()).isTrue();

			// One line after the other, as the widget sends them.
			int accepted = 0;
			JsonNode flood = null;
			for (int i = 0; i < 21; i++) {
				visitor.send("/live/chat." + conversation(chat) + ".say",
						"{\"ref\":\"l" + i + "\",\"text\":\"Hello " + i + "\"}");
				JsonNode answer = answerTo(hears, "l" + i);
				if ("accepted".equals(answer.get("type").asString())) {
					accepted++;
				}
				else {
					flood = answer;
				}
			}
			assertThat(flood).isNotNull();
			assertThat(accepted).isEqualTo(20);
			assertThat(flood.get("status").asInt()).isEqualTo(429);
			assertThat(flood.get("retryAfter").asLong()).isPositive();
			assertThat(flood.get("note").asString()).isNotBlank();
			assertThat(flood.get("noteLanguage").asString()).isEqualTo("en");
		}
	}

	@Test
	void aLineRefusedOverTheSocketIsExplainedInTheVisitorsLanguage() throws Exception {
		Api.Response started = Api.on(this.port)
			.withToken("")
			.post("/chat/v1/conversations", "{\"locale\":\"de\",\"page\":\"https://shop.example/\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		JsonNode chat = started.json();
		try (Stomp visitor = Stomp.visitor(this.port, conversation(chat), token(chat))) {
			BlockingQueue<JsonNode> hears = visitor.subscribe("/topic/chat." + conversation(chat));
			// The server says when the broker has the subscription.
			nextOfType(hears, "subscribed");
			visitor.send("/live/chat." + conversation(chat) + ".say", "{\"ref\":\"empty\",\"text\":\" \"}");
			JsonNode refused = answerTo(hears, "empty");
			assertThat(refused.get("status").asInt()).isEqualTo(400);
			assertThat(refused.get("noteLanguage").asString()).isEqualTo("de");
			assertThat(refused.get("note").asString())
				.isEqualTo(this.texts.text(LanguageTag.read("de"), "chat.widget.failed"));
		}
	}

	@Test
	void connectedVisitorsAreMarkedSeenTogetherAndAnExpiredOneIsLetGo() throws Exception {
		JsonNode staying = start();
		JsonNode expiring = start();
		try (Stomp first = Stomp.visitor(this.port, conversation(staying), token(staying));
				Stomp second = Stomp.visitor(this.port, conversation(expiring), token(expiring))) {
			first.subscribe("/topic/chat." + conversation(staying));
			second.subscribe("/topic/chat." + conversation(expiring));
			Eventually.holds("both visitors connected",
					() -> this.visitors.connectedTo(UUID.fromString(conversation(staying)))
							&& this.visitors.connectedTo(UUID.fromString(conversation(expiring))));
			this.jdbc.update(
					"update chat_conversations set last_seen_at = now() - interval '1 hour' where id = ?::uuid",
					conversation(staying));
			this.jdbc.update(
					"update chat_conversations set expires_at = now() - interval '1 second' where id = ?::uuid",
					conversation(expiring));

			this.visitors.markSeen();

			assertThat(this.jdbc.queryForObject(
					"select last_seen_at > now() - interval '1 minute' from chat_conversations where id = ?::uuid",
					Boolean.class, conversation(staying)))
				.isTrue();
			assertThat(this.visitors.connectedTo(UUID.fromString(conversation(staying)))).isTrue();
			assertThat(this.visitors.connectedTo(UUID.fromString(conversation(expiring)))).isFalse();
		}
	}

	@Test
	void aVisitorMayNotListenToAnotherConversation() throws Exception {
		JsonNode mine = start();
		JsonNode theirs = start();
		try (Stomp visitor = Stomp.visitor(this.port, conversation(mine), token(mine))) {
			visitor.subscribe("/topic/chat." + conversation(theirs));
			assertThat(visitor.nextError(PATIENCE)).isNotNull();
			Eventually.holds("the connection closed", () -> !visitor.isConnected());
		}
	}

	@Test
	void aVisitorWithAnotherConversationsTokenCannotConnect() throws Exception {
		JsonNode mine = start();
		JsonNode theirs = start();
		try (Stomp visitor = Stomp.visitor(this.port, conversation(theirs), token(mine))) {
			assertThat(visitor.nextError(PATIENCE)).isNotNull();
		}
		catch (IllegalStateException refused) {
			// Refused while connecting: as good.
		}
	}

	@Test
	void aWaitingReadAnswersAsSoonAsAnAgentReplies() throws Exception {
		JsonNode chat = start();
		String written = visitor(chat).post(messages(chat), "{\"text\":\"Do you ship to Chile?\"}")
			.json()
			.get("id")
			.asString();
		int before = this.polls.count();
		CompletableFuture<Api.Response> waiting = CompletableFuture
			.supplyAsync(() -> visitor(chat).get(messages(chat) + "?after=" + written + "&wait=30"));
		Eventually.holds("the read waits", () -> this.polls.count() > before);
		assertThat(waiting).isNotDone();

		this.api.post("/api/v1/tickets/" + ticket(chat) + "/messages",
				"{\"body\":\"We do, in five days.\",\"language\":\"en\"}");
		Api.Response answered = waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(answered.status()).isEqualTo(200);
		List<String> texts = answered.json().get("items").valueStream().map(i -> i.get("text").asString()).toList();
		assertThat(texts).contains("We do, in five days.");
	}

	@Test
	void aWaitingReadWithNothingNewAnswersEmptyWhenTheWaitEnds() {
		JsonNode chat = start();
		String written = visitor(chat).post(messages(chat), "{\"text\":\"Hello?\"}").json().get("id").asString();
		Api.Response empty = visitor(chat).get(messages(chat) + "?after=" + written + "&wait=1");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().get("items").isEmpty()).isTrue();
		assertThat(empty.json().get("ended").asBoolean()).isFalse();
	}

	@Test
	void aWaitingReadSaysWhenTheChatWasSolvedMeanwhile() {
		JsonNode chat = start();
		String written = visitor(chat).post(messages(chat), "{\"text\":\"Is the blue one in stock?\"}")
			.json()
			.get("id")
			.asString();
		this.api.patch("/api/v1/tickets/" + ticket(chat), "{\"status\":\"solved\"}");
		Api.Response read = visitor(chat).get(messages(chat) + "?after=" + written + "&wait=1");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("ended").asBoolean()).as(read.toString()).isTrue();
	}

	@Test
	void aWaitingReadWithoutTheVisitorsTokenIsRefused() {
		JsonNode chat = start();
		Api.Response refused = Api.on(this.port).withToken("").get(messages(chat) + "?wait=5");
		assertThat(refused.status()).isEqualTo(401);
	}

	/**
	 * Subscriptions take effect asynchronously: typing heard on each side proves both are
	 * in place (and clears those frames).
	 */
	static void subscribed(Stomp visitor, BlockingQueue<JsonNode> visitorHears, Stomp agent,
			BlockingQueue<JsonNode> agentHears, String conversation, String ticket) throws InterruptedException {
		heard(() -> visitor.send("/live/chat." + conversation + ".typing", "{\"typing\":false}"), agentHears);
		heard(() -> agent.send("/live/ticket." + ticket + ".typing", "{\"typing\":false}"), visitorHears);
	}

	private static void heard(Runnable say, BlockingQueue<JsonNode> hears) throws InterruptedException {
		for (int i = 0; i < 60; i++) {
			say.run();
			JsonNode frame = Stomp.next(hears, Duration.ofMillis(500));
			// The server's word that the visitor's subscription landed is not what was
			// said.
			while (frame != null && "subscribed".equals(frame.get("type").asString())) {
				frame = Stomp.next(hears, Duration.ofMillis(500));
			}
			if (frame != null) {
				Stomp.next(hears, Duration.ofMillis(200));
				hears.clear();
				return;
			}
		}
		throw new AssertionError("The subscription never took effect");
	}

	/** The server's answer to the line sent with this ref (its own pushes skipped). */
	private static JsonNode answerTo(BlockingQueue<JsonNode> frames, String ref) throws InterruptedException {
		while (true) {
			JsonNode frame = Stomp.next(frames, PATIENCE);
			assertThat(frame).as("the answer to line %s", ref).isNotNull();
			if (frame.has("ref") && ref.equals(frame.get("ref").asString())) {
				return frame;
			}
		}
	}

	private static JsonNode nextOfType(BlockingQueue<JsonNode> frames, String type) throws InterruptedException {
		while (true) {
			JsonNode frame = Stomp.next(frames, PATIENCE);
			assertThat(frame).as("a %s frame", type).isNotNull();
			if (type.equals(frame.get("type").asString())) {
				return frame;
			}
		}
	}

	private JsonNode start() {
		Api.Response started = Api.on(this.port)
			.withToken("")
			.post("/chat/v1/conversations", "{\"locale\":\"en\",\"page\":\"https://shop.example/\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json();
	}

	private Api visitor(JsonNode chat) {
		return Api.on(this.port).withToken("").withHeader("Authorization", "Visitor " + token(chat));
	}

	private static String messages(JsonNode chat) {
		return "/chat/v1/conversations/" + conversation(chat) + "/messages";
	}

	private static String conversation(JsonNode chat) {
		return chat.get("conversationId").asString();
	}

	private static String token(JsonNode chat) {
		return chat.get("visitorToken").asString();
	}

	private static String ticket(JsonNode chat) {
		return chat.get("ticketId").asString();
	}

}
