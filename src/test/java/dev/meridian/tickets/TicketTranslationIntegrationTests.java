package dev.meridian.tickets;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation across languages with the real Apertium: a Spanish customer writes by
 * email, an agent who reads only English reads the translation and answers in English,
 * and the customer gets Spanish.
 */
@IntegrationTest
class TicketTranslationIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	JsonNode englishAgent() {
		Api.Response response = this.api.post("/api/v1/agents",
				json(Map.of("email", "emma." + Fixtures.unique() + "@meridian.example", "displayName", "Emma Clarke",
						"role", "agent", "timeZone", "Europe/London", "uiLanguage", "en", "languages",
						java.util.List.of(Map.of("language", "en", "proficiency", "native")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	JsonNode emailTicket(String body, String language, String assigneeId) {
		Api.Response response = this.api
			.post("/api/v1/tickets",
					json(Map.of("subject", "Pedido " + Fixtures.unique(), "channel", "email", "assigneeId", assigneeId,
							"customer", Map.of("email", "lucia." + Fixtures.unique() + "@example.es", "givenName",
									"Lucía", "familyName", "García", "language", language),
							"message", Map.of("body", body))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	/**
	 * The translation is made after the message is stored, by a listener: wait for it.
	 */
	JsonNode storedTranslation(String ticketId, String messageId, String to, String state) {
		return Eventually.satisfies("a " + state + " translation",
				() -> this.api.get("/api/v1/tickets/" + ticketId + "/messages/" + messageId + "/translation?to=" + to)
					.json(),
				translation -> state.equals(translation.get("state").asString()));
	}

	@Test
	void spanishEmailIsTranslatedForTheAgentAndTheEnglishReplyIsSentInSpanish() {
		int order = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		JsonNode agent = englishAgent();
		Api asAgent = this.api.withToken(this.fixtures
			.token("agent", agent.get("id").asString(), "tickets:read", "tickets:write", "language:translate")
			.secret());
		String inbound = "Hola, mi pedido " + order + " no ha llegado todavía. ¿Pueden ayudarme?";
		JsonNode ticket = emailTicket(inbound, "es", agent.get("id").asString());
		String ticketId = ticket.get("id").asString();
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		JsonNode first = asAgent.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(0);
		assertThat(first.get("language").asString()).isEqualTo("es");

		JsonNode forAgent = storedTranslation(ticketId, first.get("id").asString(), "en", "ready");
		assertThat(forAgent.get("engine").asString()).isEqualTo("apertium");
		assertThat(forAgent.get("text").asString()).containsIgnoringCase("hello").contains(Integer.toString(order));

		String english = "Thank you for your patience. Your order " + order + " arrives tomorrow.";
		Api.Response reply = asAgent.post("/api/v1/tickets/" + ticketId + "/replies/translated",
				json(Map.of("body", english)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode sent = reply.json();
		assertThat(sent.get("language").asString()).isEqualTo("es");
		assertThat(sent.get("text").asString()).containsIgnoringCase("gracias")
			.contains(Integer.toString(order))
			.contains("traducido automáticamente");
		assertThat(sent.get("original").get("text").asString()).isEqualTo(english);
		assertThat(sent.get("original").get("language").asString()).isEqualTo("en");
		assertThat(sent.get("original").get("engine").asString()).isEqualTo("apertium");

		JsonNode conversation = asAgent.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items");
		assertThat(conversation).hasSize(2);
		assertThat(conversation.get(1).get("original").get("text").asString()).isEqualTo(english);
		assertThat(conversation.get(1).get("direction").asString()).isEqualTo("outbound");

		JsonNode again = asAgent
			.post("/api/v1/language/translate", json(Map.of("text", english, "from", "en", "to", "es")))
			.json();
		assertThat(again.get("fromMemory").asBoolean()).isTrue();
		assertThat(again.get("engine").asString()).isEqualTo("apertium");
		JsonNode inboundAgain = asAgent
			.post("/api/v1/language/translate", json(Map.of("text", inbound, "from", "es", "to", "en")))
			.json();
		assertThat(inboundAgain.get("fromMemory").asBoolean()).isTrue();
		assertThat(inboundAgain.get("text").asString()).isEqualTo(forAgent.get("text").asString());
	}

	@Test
	void theSalutationPlaceholderBecomesTheCustomersSalutation() {
		JsonNode agent = englishAgent();
		JsonNode ticket = emailTicket("Hola, ¿dónde está mi paquete " + Fixtures.unique() + "?", "es",
				agent.get("id").asString());
		Api asAgent = this.api.withToken(this.fixtures
			.token("agent", agent.get("id").asString(), "tickets:read", "tickets:write", "language:translate")
			.secret());

		JsonNode sent = asAgent
			.post("/api/v1/tickets/" + ticket.get("id").asString() + "/replies/translated",
					json(Map.of("body", "{customer.salutation}\n\nYour parcel arrives today.")))
			.json();

		assertThat(sent.get("text").asString()).startsWith("Hola, Lucía García:");
	}

	@Test
	void aReplyNoEngineCanTranslateIsRefusedAndNothingIsSent() {
		JsonNode agent = englishAgent();
		JsonNode ticket = emailTicket("注文した商品がまだ届いていません。確認していただけますか。", "ja", agent.get("id").asString());
		Api asAgent = this.api.withToken(this.fixtures
			.token("agent", agent.get("id").asString(), "tickets:read", "tickets:write", "language:translate")
			.secret());

		Api.Response reply = asAgent.post("/api/v1/tickets/" + ticket.get("id").asString() + "/replies/translated",
				json(Map.of("body", "We are checking your order.")));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("detail").asString()).contains("en to ja");
		assertThat(asAgent.get("/api/v1/tickets/" + ticket.get("id").asString() + "/messages").json().get("items"))
			.hasSize(1);
	}

	@Test
	void whenTheEngineCannotAnswerTheMessageIsKeptAndTheTranslationWaitsForARetry() {
		// fr:de goes to a LibreTranslate that is not running (see IntegrationTest).
		JsonNode agent = this.fixtures.agent("agent");
		JsonNode ticket = emailTicket("Bonjour, ma commande " + Fixtures.unique() + " n'est toujours pas arrivée.",
				"fr", agent.get("id").asString());
		String ticketId = ticket.get("id").asString();
		JsonNode first = this.api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(0);

		JsonNode pending = storedTranslation(ticketId, first.get("id").asString(), "de", "pending");

		assertThat(pending.get("reason").asString()).contains("libretranslate").contains("cannot reach");
		assertThat(pending.get("nextAttemptAt").asString()).isNotBlank();
		assertThat(first.get("text").asString()).startsWith("Bonjour");
	}

}
