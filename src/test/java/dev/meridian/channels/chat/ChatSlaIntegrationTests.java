package dev.meridian.channels.chat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service level for chat: a policy that targets the channel {@code chat} with a
 * first-reply time in minutes, through the API. Market SK is this class's alone, open
 * around the clock, so minutes of business time are minutes of the clock.
 */
@IntegrationTest
class ChatSlaIntegrationTests {

	static final Instant NOW = Instant.parse("2026-06-03T10:15:00Z");

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		new Fixtures(this.api).market("SK", "sk", "EUR", "Europe/Bratislava");
		List<Map<String, String>> always = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			always.add(Map.of("day", day.name(), "start", "00:00", "end", "00:00"));
		}
		Api.Response calendar = this.api.put("/api/v1/calendars/markets/SK",
				json(Map.of("zone", "Europe/Bratislava", "weekly", always)));
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void aChatTicketGetsItsFirstReplyDueMinutesAfterItStarts() {
		String chatPolicy = "Chat SK " + Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/sla-policies", policy(chatPolicy, 1, List.of("chat"), 3));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("channels").get(0).asString()).isEqualToIgnoringCase("chat");
		assertThat(created.json().get("firstReplyMinutes").asInt()).isEqualTo(3);
		// The same market's other tickets keep a slower policy: the channel decides.
		String mailPolicy = "Mail SK " + Fixtures.unique();
		this.api.post("/api/v1/sla-policies", policy(mailPolicy, 2, List.of(), 240));
		TestClock.travelTo(NOW);

		Api.Response chat = Api.on(this.port)
			.withToken("")
			.post("/chat/v1/conversations", "{\"locale\":\"sk\",\"market\":\"SK\"}");
		assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
		String ticket = chat.json().get("ticketId").asString();
		// The chat waits for the visitor until they write (the clocks are paused): they
		// write at once.
		Api.Response written = Api.on(this.port)
			.withToken("")
			.withHeader("Authorization", "Visitor " + chat.json().get("visitorToken").asString())
			.post("/chat/v1/conversations/" + chat.json().get("conversationId").asString() + "/messages",
					"{\"text\":\"Dobrý deň, kde je moja objednávka?\"}");
		assertThat(written.status()).as(written.toString()).isEqualTo(201);
		JsonNode api = new Fixtures(this.api).aTicket().inMarket("SK").open();

		JsonNode sla = awaitSla(ticket);
		assertThat(sla.get("policy").asString()).isEqualTo(chatPolicy);
		// Three minutes after the chat started, or after the visitor first wrote should
		// the clocks wait for them until then; on the server's (test) clock.
		Instant started = Instant.parse(this.api.get("/api/v1/tickets/" + ticket).json().get("createdAt").asString());
		Instant wrote = Instant.parse(written.json().get("createdAt").asString());
		assertThat(started).isBetween(NOW, wrote);
		Instant due = Instant.parse(sla.get("firstReplyDueAt").asString());
		assertThat(due).isBetween(started.plus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS),
				wrote.plus(Duration.ofMinutes(3)).plusSeconds(1));
		JsonNode other = awaitSla(api.get("id").asString());
		assertThat(other.get("policy").asString()).isEqualTo(mailPolicy);
	}

	private JsonNode awaitSla(String ticketId) {
		return Eventually.satisfies("the SLA clocks of " + ticketId,
				() -> this.api.get("/api/v1/tickets/" + ticketId).json().get("sla"),
				sla -> sla.hasNonNull("firstReplyDueAt"));
	}

	private static String policy(String name, int position, List<String> channels, int firstReplyMinutes) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("position", position);
		request.put("markets", List.of("SK"));
		request.put("channels", channels);
		request.put("firstReplyMinutes", firstReplyMinutes);
		return json(request);
	}

}
