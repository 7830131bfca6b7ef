package dev.meridian.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.commerce.shipments.TrackingSignature;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proactive shipment notifications end to end: order, shipment, signed tracking webhooks,
 * the queue waiting out the customer's quiet hours, and the message on the customer's
 * ticket with its mail queued.
 */
@IntegrationTest
class ShipmentNotificationIntegrationTests {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.api.post("/api/v1/markets",
				"""
						{"code":"JP","name":"Japan","languages":["ja"],"currency":"JPY","timeZone":"Asia/Tokyo","launchStatus":"live"}
						""");
		this.api.post("/api/v1/markets",
				"""
						{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}
						""");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void aCustomerInTokyoGetsOneMessageInJapaneseWhenTheirQuietHoursEnd() {
		// 23:00 in Tokyo on an ordinary Wednesday: quiet hours until 08:00.
		TestClock.travelTo(Instant.parse("2026-12-09T14:00:00Z"));
		String email = "hanako." + SEQUENCE.incrementAndGet() + "@example.jp";
		customer("山田 花子", email, "ja", "Asia/Tokyo", "JP");
		Order order = order(email, "JP");
		String number = "EJ" + SEQUENCE.incrementAndGet() + "JP";
		String shipment = shipment(order.id(), "Japan Post", number, "JP");

		assertThat(webhook("""
				{"trackingNumber": "%s", "carrier": "Japan Post", "status": "exception", "subStatus": "held_at_customs",
				 "occurredAt": "2026-12-09T22:40:00+09:00", "location": "Narita", "eventId": "%s-1"}"""
			.formatted(number, number)).status()).isEqualTo(200);
		assertThat(webhook("""
				{"trackingNumber": "%s", "status": "exception", "subStatus": "duties_payable",
				 "occurredAt": "2026-12-09T22:50:00+09:00", "location": "Narita", "eventId": "%s-2"}"""
			.formatted(number, number)).status()).isEqualTo(200);

		// The newer change replaced the older while both waited: one queued, due at
		// 08:00.
		Eventually.holds("both changes decided", () -> rows(shipment).size() == 2);
		assertThat(rows(shipment)).extracting(row -> row.get("state") + "/" + row.get("sub_status"))
			.containsExactlyInAnyOrder("superseded/held_at_customs", "queued/duties_payable");
		Instant due = this.jdbc
			.sql("select due_at from shipment_notifications where shipment_id = ?::uuid and state = 'queued'")
			.param(shipment)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(due).isEqualTo(Instant.parse("2026-12-09T23:00:00Z"));

		// Still night in Tokyo: nothing goes out, however often the queue is looked at.
		TestClock.travelTo(Instant.parse("2026-12-09T22:59:00Z"));
		pause(Duration.ofSeconds(2));
		assertThat(sent(shipment)).isZero();
		assertThat(tickets(email, order.number())).isEmpty();

		// 08:00 in Tokyo.
		TestClock.travelTo(Instant.parse("2026-12-09T23:00:01Z"));
		Eventually.holds("the notification is sent", () -> sent(shipment) == 1);
		// A replay of the tracking event and more runs of the queue change nothing.
		webhook("""
				{"trackingNumber": "%s", "status": "exception", "subStatus": "duties_payable",
				 "occurredAt": "2026-12-09T22:50:00+09:00", "location": "Narita", "eventId": "%s-2"}"""
			.formatted(number, number));
		pause(Duration.ofSeconds(1));
		assertThat(sent(shipment)).isEqualTo(1);
		assertThat(rows(shipment)).hasSize(2);

		List<JsonNode> tickets = tickets(email, order.number());
		assertThat(tickets).hasSize(1);
		JsonNode ticket = tickets.get(0);
		assertThat(ticket.get("subject").asString()).isEqualTo("ご注文 " + order.number() + "：配送状況のお知らせ");
		assertThat(ticket.get("channel").asString()).isEqualToIgnoringCase("email");
		JsonNode messages = this.api.get("/api/v1/tickets/" + ticket.get("id").asString() + "/messages")
			.json()
			.get("items");
		assertThat(messages).hasSize(1);
		JsonNode message = messages.get(0);
		assertThat(message.get("direction").asString()).isEqualToIgnoringCase("outbound");
		assertThat(message.get("visibility").asString()).isEqualToIgnoringCase("public");
		assertThat(message.get("language").asString()).isEqualTo("ja");
		assertThat(message.get("text").asString()).startsWith("山田 花子 様")
			.contains("関税または輸入税")
			.contains(number)
			.contains("https://trackings.post.japanpost.jp/");
		// The email channel queued it for the customer like any reply.
		String messageId = message.get("id").asString();
		String recipient = Eventually.present("the mail is queued",
				() -> this.jdbc.sql("select recipient from email_outbox where message_id = ?::uuid and kind = 'REPLY'")
					.param(messageId)
					.query(String.class)
					.optional()
					.orElse(null));
		assertThat(recipient).isEqualTo(email);
	}

	@Test
	void onAPublicHolidayItWaitsForTheFirstMorningAfterTheHolidays() {
		// 11:00 in Berlin on Christmas Day; the 26th is a public holiday in Germany too.
		TestClock.travelTo(Instant.parse("2026-12-25T10:00:00Z"));
		String email = "feiertag." + SEQUENCE.incrementAndGet() + "@example.de";
		customer("Erika Muster", email, "de", "Europe/Berlin", "DE");
		Order order = order(email, "DE");
		String number = "00340" + SEQUENCE.incrementAndGet();
		String shipment = shipment(order.id(), "DHL", number, "DE");
		webhook("""
				{"trackingNumber": "%s", "status": "exception", "subStatus": "missing_documents",
				 "occurredAt": "2026-12-25T10:30:00+01:00"}""".formatted(number));

		Eventually.holds("the notification is queued", () -> rows(shipment).size() == 1);
		Instant due = this.jdbc.sql("select due_at from shipment_notifications where shipment_id = ?::uuid")
			.param(shipment)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(due).isEqualTo(Instant.parse("2026-12-27T07:00:00Z"));

		TestClock.travelTo(Instant.parse("2026-12-27T07:00:01Z"));
		Eventually.holds("the notification is sent", () -> sent(shipment) == 1);
		JsonNode ticket = tickets(email, order.number()).get(0);
		assertThat(ticket.get("subject").asString())
			.isEqualTo("Ihre Bestellung " + order.number() + ": Neuigkeiten zur Lieferung");
	}

	@Test
	void anOptedOutCustomerGetsNothingAndTheSkipIsRecorded() {
		String email = "kunde." + SEQUENCE.incrementAndGet() + "@example.de";
		String customer = customer("Erika Muster", email, "de", "Europe/Berlin", "DE");
		assertThat(this.api.get("/api/v1/customers/" + customer + "/notifications").json().get("optedOut").asBoolean())
			.isFalse();
		Api.Response optedOut = this.api.put("/api/v1/customers/" + customer + "/notifications",
				"{\"optedOut\": true}");
		assertThat(optedOut.status()).as(optedOut.toString()).isEqualTo(200);
		JsonNode preference = this.api.get("/api/v1/customers/" + customer + "/notifications").json();
		assertThat(preference.get("optedOut").asBoolean()).isTrue();
		assertThat(preference.get("changedAt").isNull()).isFalse();
		assertThat(preference.get("changedBy").asString()).isNotBlank();
		// The switch is kept on top of privacy's consents: one refusal each for proactive
		// notifications and surveys, the messages the customer did not ask for.
		JsonNode history = this.api.get("/api/v1/customers/" + customer + "/consents").json().get("history");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.findValuesAsString("purpose")).containsExactlyInAnyOrder("proactive-notifications",
				"surveys");
		assertFieldError(this.api.put("/api/v1/customers/" + customer + "/notifications", "{}"), "optedOut");

		Order order = order(email, "DE");
		String number = "1Z" + SEQUENCE.incrementAndGet();
		String shipment = shipment(order.id(), "UPS", number, "DE");
		webhook("""
				{"trackingNumber": "%s", "status": "failed_attempt", "subStatus": "recipient_unavailable",
				 "occurredAt": "%s"}""".formatted(number, Instant.now().minusSeconds(60)));

		Eventually.holds("the skip is recorded", () -> rows(shipment).size() == 1);
		Map<String, Object> row = rows(shipment).get(0);
		assertThat(row.get("state")).isEqualTo("skipped");
		assertThat(row.get("reason")).isEqualTo("opted out");
		pause(Duration.ofSeconds(1));
		assertThat(sent(shipment)).isZero();
		assertThat(tickets(email, order.number())).isEmpty();
	}

	@Test
	void anOrdinaryChangeNotifiesNobody() {
		String email = "buyer." + SEQUENCE.incrementAndGet() + "@example.de";
		customer("Max Muster", email, "de", "Europe/Berlin", "DE");
		Order order = order(email, "DE");
		String number = "1Z" + SEQUENCE.incrementAndGet();
		String shipment = shipment(order.id(), "UPS", number, "DE");
		webhook("""
				{"trackingNumber": "%s", "status": "in_transit", "subStatus": "departed_facility", "occurredAt": "%s"}"""
			.formatted(number, Instant.now().minusSeconds(60)));
		Eventually.holds("the change is stored", () -> "in_transit"
			.equals(this.api.get("/api/v1/commerce/shipments/" + shipment).json().get("status").asString()));
		pause(Duration.ofSeconds(1));
		assertThat(rows(shipment)).isEmpty();
	}

	private record Order(String id, String number) {
	}

	private String customer(String name, String email, String language, String zone, String market) {
		Api.Response created = this.api.post("/api/v1/customers", """
				{"name": "%s", "emails": ["%s"], "language": "%s", "timeZone": "%s", "market": "%s"}""".formatted(name,
				email, language, zone, market));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Order order(String email, String country) {
		String number = "N-" + SEQUENCE.incrementAndGet();
		Api.Response created = this.api.post("/api/v1/commerce/orders", """
				{"number": "%s", "customer": {"email": "%s", "name": "Buyer"}, "currency": "EUR",
				 "placedAt": "%s", "items": [{"sku": "TEA-1", "title": "Tea", "quantity": 1, "unitPrice": "12.00"}],
				 "shippingAddress": {"country": "%s", "city": "City", "line1": "Street 1"}}""".formatted(number, email,
				Instant.now().minus(Duration.ofDays(3)), country));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Order(created.json().get("id").asString(), number);
	}

	private String shipment(String order, String carrier, String number, String country) {
		Api.Response created = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "%s", "trackingNumber": "%s", "destinationCountry": "%s", "originCountry": "DE"}"""
			.formatted(carrier, number, country));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private Api.Response webhook(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return Api.on(this.port)
			.withToken("")
			.withHeader("X-Meridian-Signature", TrackingSignature.sign(Api.TRACKING_SECRET, body))
			.post("/api/v1/commerce/webhooks/tracking", body, "application/json");
	}

	private List<Map<String, Object>> rows(String shipment) {
		return this.jdbc.sql("select state, sub_status, reason from shipment_notifications where shipment_id = ?::uuid")
			.param(shipment)
			.query()
			.listOfRows();
	}

	private long sent(String shipment) {
		return this.jdbc
			.sql("select count(*) from shipment_notifications where shipment_id = ?::uuid and state = 'sent'")
			.param(shipment)
			.query(Long.class)
			.single();
	}

	private List<JsonNode> tickets(String email, String orderNumber) {
		String customer = this.api.get("/api/v1/customers?email=" + email)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		JsonNode items = this.api
			.get("/api/v1/tickets?customer=" + customer + "&tag=order:"
					+ orderNumber.toLowerCase(java.util.Locale.ROOT))
			.json()
			.get("items");
		List<JsonNode> found = new java.util.ArrayList<>();
		items.forEach(found::add);
		return found;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
