package dev.meridian.channels.chatbot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.meridian.channels.chat.settings.BotMode;
import dev.meridian.channels.chat.settings.ShopSettings;
import dev.meridian.commerce.shipments.TrackingSignature;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot answers order questions from the shop's data, through the chat API: a customer
 * the shop vouched for asks where their order is and reads the parcel's status, its
 * customs state and what happens next in German; whether it can be returned, with the
 * deadline on their clock and the way to start; a visitor the shop did not vouch for
 * gives the order's number and address and gets the answer in Spanish, and a wrong
 * address hands the chat to a person instead. The markets (Liechtenstein, Andorra) are
 * this test's own, with the bot always answering first.
 */
@IntegrationTest
class ChatBotOrdersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ShopSettings shops;

	Api api;

	Api browser;

	@BeforeEach
	void marketsWhoseBotAlwaysAnswers() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
		new Fixtures(this.api).market("LI", "de", "CHF", "Europe/Vaduz");
		new Fixtures(this.api).market("AD", "es", "EUR", "Europe/Andorra");
		this.shops.save(this.shops.forMarket("LI").withBot(BotMode.ALWAYS));
		this.shops.save(this.shops.forMarket("AD").withBot(BotMode.ALWAYS));
	}

	@Test
	void anIdentifiedCustomerAsksWhereTheirOrderIsAndReadsTheShipmentStatusInGerman() {
		String email = "lena." + Fixtures.unique() + "@example.li";
		customer("Lena Frick", email, "de", "Europe/Vaduz", "LI");
		Order placed = order(email, "LI");
		String number = placed.number();
		String tracking = "LI" + Fixtures.unique().replaceAll("[^0-9a-z]", "").toUpperCase(java.util.Locale.ROOT);
		shipment(placed.id(), "DHL", tracking, "LI");
		assertThat(webhook("""
				{"trackingNumber": "%s", "carrier": "DHL", "status": "exception", "subStatus": "held_at_customs",
				 "occurredAt": "%s", "location": "Buchs", "eventId": "%s-1"}""".formatted(tracking,
				Instant.now().minus(Duration.ofHours(2)), tracking))
			.status()).isEqualTo(200);

		JsonNode chat = start("{\"locale\":\"de-LI\",\"market\":\"LI\",\"zone\":\"Europe/Vaduz\",\"identity\":{"
				+ "\"email\":\"" + email + "\",\"signature\":\"" + sign(email) + "\"}}");
		post(chat, "Wo ist meine Bestellung?");

		List<JsonNode> said = botMessages(chat);
		assertThat(said).hasSize(1);
		JsonNode answer = said.get(0);
		assertThat(answer.get("language").asString()).startsWith("de");
		assertThat(answer.get("text").asString()).contains("Bestellung " + number)
			.contains("DHL")
			.contains(tracking)
			.contains("aufgehalten")
			.contains("liegt beim Zoll")
			.contains("Mitteleuropäische");
		assertThat(answer.get("bot").get("handoff").asBoolean()).isFalse();

		post(chat, "Kann ich die Bestellung zurückgeben?");
		List<JsonNode> after = botMessages(chat);
		assertThat(after).hasSize(2);
		assertThat(after.get(1).get("text").asString()).contains("Sie können Artikel der Bestellung " + number + " bis")
			.contains("/help/de-LI/returns");
	}

	@Test
	void aVisitorWithTheOrdersNumberAndAddressGetsTheAnswerInSpanishAndAWrongAddressGetsAPerson() {
		String email = "pau." + Fixtures.unique() + "@example.ad";
		customer("Pau Vidal", email, "es", "Europe/Andorra", "AD");
		String number = order(email, "AD").number();

		JsonNode chat = start("{\"locale\":\"es-ES\",\"market\":\"AD\",\"zone\":\"Europe/Andorra\"}");
		post(chat, "¿Dónde está mi pedido?");
		assertThat(botMessages(chat)).hasSize(1);
		post(chat, "Es el pedido " + number + " y mi correo es " + email);
		List<JsonNode> said = botMessages(chat);
		assertThat(said).hasSize(2);
		assertThat(said.get(1).get("text").asString()).contains("Tu pedido " + number).contains("aún no se ha enviado");
		assertThat(said.get(1).get("bot").get("handoff").asBoolean()).isFalse();

		JsonNode other = start("{\"locale\":\"es-ES\",\"market\":\"AD\",\"zone\":\"Europe/Andorra\"}");
		post(other, "¿Dónde está mi pedido?");
		post(other, "Pedido " + number + ", correo alguien." + Fixtures.unique() + "@example.ad");
		List<JsonNode> handed = botMessages(other);
		assertThat(handed).hasSize(2);
		assertThat(handed.get(1).get("bot").get("handoff").asBoolean()).isTrue();
		assertThat(handed.get(1).get("text").asString()).doesNotContain(number + " ");
	}

	private void customer(String name, String email, String language, String zone, String market) {
		Api.Response created = this.api.post("/api/v1/customers", """
				{"name": "%s", "emails": ["%s"], "language": "%s", "timeZone": "%s", "market": "%s"}""".formatted(name,
				email, language, zone, market));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private record Order(String id, String number) {
	}

	private Order order(String email, String country) {
		String number = "B" + Fixtures.unique().replaceAll("[^0-9a-z]", "").toUpperCase(java.util.Locale.ROOT);
		Api.Response created = this.api.post("/api/v1/commerce/orders", """
				{"number": "%s", "customer": {"email": "%s", "name": "Buyer"}, "currency": "EUR", "market": "%s",
				 "placedAt": "%s", "items": [{"sku": "TEA-1", "title": "Tea", "quantity": 1, "unitPrice": "12.00"}],
				 "shippingAddress": {"country": "%s", "city": "City", "line1": "Street 1"}}""".formatted(number, email,
				country, Instant.now().minus(Duration.ofDays(3)), country));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Order(created.json().get("id").asString(), number);
	}

	private void shipment(String order, String carrier, String number, String country) {
		Api.Response created = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "%s", "trackingNumber": "%s", "destinationCountry": "%s", "originCountry": "DE"}"""
			.formatted(carrier, number, country));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private Api.Response webhook(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return Api.on(this.port)
			.withToken("")
			.withHeader("X-Meridian-Signature", TrackingSignature.sign(Api.TRACKING_SECRET, body))
			.post("/api/v1/commerce/webhooks/tracking", body, "application/json");
	}

	private JsonNode start(String body) {
		Api.Response response = this.browser.post("/chat/v1/conversations", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private void post(JsonNode chat, String text) {
		Api.Response posted = visitor(chat).post(messagesOf(chat), "{\"text\":" + Api.quote(text) + "}");
		assertThat(posted.status()).as(posted.text()).isEqualTo(201);
	}

	private List<JsonNode> botMessages(JsonNode chat) {
		List<JsonNode> bot = new ArrayList<>();
		visitor(chat).get(messagesOf(chat)).json().get("items").forEach(item -> {
			if (item.get("author").get("type").asString().equals("bot")) {
				bot.add(item);
			}
		});
		return bot;
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String messagesOf(JsonNode chat) {
		return "/chat/v1/conversations/" + chat.get("conversationId").asString() + "/messages";
	}

	/** The shop's signature of the address, as its server computes it. */
	private static String sign(String email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Api.CHAT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
