package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.meridian.MeridianApplication;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.SharedDatabase;
import dev.meridian.support.Stomp;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Meridian nodes on one PostgreSQL and the machine's RabbitMQ (its STOMP plugin, port
 * 61613) through Spring's STOMP broker relay: a visitor connected to node A and an agent
 * to node B hear each other's messages, each once and in order, and a visitor long
 * polling on node A is answered when the agent replies on node B.
 */
class LiveChatNodesIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String PASSWORD = "correct horse battery";

	private static SharedDatabase database;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static int a;

	private static int b;

	@BeforeAll
	static void startTwoNodes() {
		database = SharedDatabase.fresh("chatnodes");
		nodeA = start("a");
		nodeB = start("b");
		a = port(nodeA);
		b = port(nodeB);
	}

	@AfterAll
	static void stopNodes() {
		for (AutoCloseable closeable : new AutoCloseable[] { nodeB, nodeA, database }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// Each stops on its own.
			}
		}
	}

	@Test
	void aVisitorOnOneNodeAndAnAgentOnTheOtherHearEveryMessageOnceInOrder() throws Exception {
		JsonNode chat = start(a);
		String conversation = chat.get("conversationId").asString();
		String ticket = chat.get("ticketId").asString();
		String email = "nodes." + UUID.randomUUID() + "@example.com";
		new Fixtures(Api.on(b)).agentWithPassword(email, PASSWORD, "Europe/Berlin", "en");
		try (Stomp visitor = Stomp.visitor(a, conversation, chat.get("visitorToken").asString());
				Stomp agent = Stomp.agent(b, email, PASSWORD)) {
			BlockingQueue<JsonNode> visitorHears = visitor.subscribe("/topic/chat." + conversation);
			BlockingQueue<JsonNode> agentHears = agent.subscribe("/topic/ticket." + ticket);
			LiveChatIntegrationTests.subscribed(visitor, visitorHears, agent, agentHears, conversation, ticket);

			// Visitor → agent: stored on node A, heard on node B.
			List<String> written = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				Api.Response sent = visitor(a, chat).post(messages(chat), "{\"text\":\"Question " + i + "\"}");
				assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
				written.add(sent.json().get("id").asString());
			}
			assertThat(messageIds(agentHears, 5, "message")).containsExactlyElementsOf(written);

			// Agent → visitor: replies stored on node B, heard on node A in the visitor's
			// rendering.
			List<String> replies = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				Api.Response reply = Api.on(b)
					.post("/api/v1/tickets/" + ticket + "/messages",
							"{\"body\":\"Answer " + i + "\",\"language\":\"en\"}");
				assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
				replies.add(reply.json().get("id").asString());
			}
			List<JsonNode> heard = agentReplies(visitorHears, 5);
			assertThat(heard.stream().map(item -> item.get("id").asString()).toList())
				.containsExactlyElementsOf(replies);
			assertThat(heard.stream().map(item -> item.get("text").asString()).toList()).containsExactly("Answer 1",
					"Answer 2", "Answer 3", "Answer 4", "Answer 5");

			// The agent's screen hears the replies too (another agent may have written
			// them), once each, in order.
			assertThat(messageIds(agentHears, 5, "message")).containsExactlyElementsOf(replies);

			// Nothing twice: no further frames arrive on either side.
			assertThat(Stomp.next(visitorHears, Duration.ofSeconds(2))).isNull();
			assertThat(Stomp.next(agentHears, Duration.ofSeconds(1))).isNull();
		}
	}

	@Test
	void aVisitorLongPollingOnOneNodeIsAnsweredWhenTheAgentRepliesOnTheOther() throws Exception {
		JsonNode chat = start(a);
		String written = visitor(a, chat).post(messages(chat), "{\"text\":\"Anyone there?\"}")
			.json()
			.get("id")
			.asString();
		LongPolls polls = nodeA.getBean(LongPolls.class);
		int before = polls.count();
		CompletableFuture<Api.Response> waiting = CompletableFuture
			.supplyAsync(() -> visitor(a, chat).get(messages(chat) + "?after=" + written + "&wait=30"));
		dev.meridian.support.Eventually.holds("the read waits on node A", () -> polls.count() > before);

		Api.on(b)
			.post("/api/v1/tickets/" + chat.get("ticketId").asString() + "/messages",
					"{\"body\":\"Yes, how can I help?\",\"language\":\"en\"}");
		Api.Response answered = waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(answered.json().get("items").valueStream().map(i -> i.get("text").asString()).toList())
			.contains("Yes, how can I help?");
	}

	private static List<String> messageIds(BlockingQueue<JsonNode> frames, int count, String type)
			throws InterruptedException {
		List<String> ids = new ArrayList<>();
		while (ids.size() < count) {
			JsonNode frame = Stomp.next(frames, PATIENCE);
			assertThat(frame).as("message notice %d of %d", ids.size() + 1, count).isNotNull();
			if (type.equals(frame.get("type").asString())) {
				ids.add(frame.get("message").asString());
			}
		}
		return ids;
	}

	/**
	 * The agents' messages pushed to the visitor (their own come back too, and are
	 * skipped).
	 */
	private static List<JsonNode> agentReplies(BlockingQueue<JsonNode> frames, int count) throws InterruptedException {
		List<JsonNode> items = new ArrayList<>();
		while (items.size() < count) {
			JsonNode frame = Stomp.next(frames, PATIENCE);
			assertThat(frame).as("reply %d of %d", items.size() + 1, count).isNotNull();
			if ("message".equals(frame.get("type").asString())
					&& !"customer".equals(frame.get("item").get("author").get("type").asString())) {
				items.add(frame.get("item"));
			}
		}
		return items;
	}

	private static JsonNode start(int port) {
		Api.Response started = Api.on(port)
			.withToken("")
			.post("/chat/v1/conversations", "{\"locale\":\"en\",\"page\":\"https://shop.example/\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json();
	}

	private static Api visitor(int port, JsonNode chat) {
		return Api.on(port).withToken("").withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String messages(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages";
	}

	private static ConfigurableApplicationContext start(String name) {
		Map<String, String> properties = Map.ofEntries(Map.entry("server.port", "0"),
				Map.entry("meridian.database.url", database.url()),
				Map.entry("meridian.database.user", database.user()),
				Map.entry("meridian.database.password", database.password()),
				Map.entry("meridian.bootstrap-token", Api.ADMIN_TOKEN), Map.entry("meridian.demo.enabled", "false"),
				Map.entry("meridian.chat.relay.host", "127.0.0.1"), Map.entry("meridian.chat.relay.port", "61613"),
				Map.entry("meridian.chat.relay.login", "guest"), Map.entry("meridian.chat.relay.passcode", "guest"),
				Map.entry("meridian.attachments.directory", "target/test-attachments-chatnodes-" + name),
				Map.entry("meridian.knowledge.index-directory", "target/test-index-chatnodes-" + name),
				Map.entry("meridian.knowledge.reindex-empty-on-start", "false"),
				Map.entry("meridian.language.apertium.managed", "false"),
				Map.entry("meridian.email.polling-enabled", "false"),
				Map.entry("logging.level.dev.meridian.requests", "warn"));
		return new SpringApplicationBuilder(MeridianApplication.class, TestClock.class).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
