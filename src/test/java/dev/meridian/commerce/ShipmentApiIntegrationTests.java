package dev.meridian.commerce;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.commerce.shipments.TrackingSignature;
import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.commerce.OrderJson.anOrder;
import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shipments and tracking events through the real HTTP API on PostgreSQL, and the signed
 * tracking webhook.
 */
@IntegrationTest
class ShipmentApiIntegrationTests {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Api carrier;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.carrier = Api.on(this.port).withToken("");
		this.api.post("/api/v1/markets",
				"""
						{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}
						""");
	}

	@Test
	void recordsAShipmentWithTheCarriersTrackingLink() {
		String order = order();
		String number = trackingNumber();

		Api.Response created = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "UPS", "trackingNumber": "%s", "destinationCountry": "de", "originCountry": "PT",
				 "items": [{"sku": "HAT", "quantity": 2}]}""".formatted(number));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/commerce/shipments/" + body.get("id").asString());
		assertThat(body.get("orderId").asString()).isEqualTo(order);
		assertThat(body.get("trackingUrl").asString()).isEqualTo("https://www.ups.com/track?tracknum=" + number);
		assertThat(body.get("status").asString()).isEqualTo("info_received");
		assertThat(body.get("destinationCountry").asString()).isEqualTo("DE");
		assertThat(body.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
		JsonNode listed = this.api.get("/api/v1/commerce/orders/" + order + "/shipments").json();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("trackingNumber").asString()).isEqualTo(number);

		Api.Response again = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "UPS", "trackingNumber": "%s", "destinationCountry": "DE"}""".formatted(number));
		assertProblem(again, 409);
		Api.Response unknownCarrier = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "Yamato", "trackingNumber": "%s", "destinationCountry": "JP"}""".formatted(number));
		assertThat(unknownCarrier.json().get("trackingUrl").isNull()).isTrue();
	}

	@Test
	void refusesAnUnknownOrderAndUnknownCountries() {
		assertProblem(this.api.post("/api/v1/commerce/orders/" + UUID.randomUUID() + "/shipments", """
				{"carrier": "DHL", "trackingNumber": "X1", "destinationCountry": "DE"}"""), 404);
		String order = order();
		assertFieldError(this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "DHL", "trackingNumber": "X1", "destinationCountry": "XX"}"""), "destinationCountry");
		assertFieldError(this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "DHL", "trackingNumber": "X1", "destinationCountry": "DE", "originCountry": "Narnia"}"""),
				"originCountry");
	}

	@Test
	void theStatusIsTheLatestEventByWhenItHappenedAndRepeatsAreStoredOnce() {
		String shipment = shipment(order(), "DHL", trackingNumber());
		String events = "/api/v1/commerce/shipments/" + shipment + "/events";

		assertThat(this.api.post(events, """
				{"status": "in_transit", "subStatus": "departed_facility", "occurredAt": "2026-12-02T18:00:00+01:00",
				 "location": "Leipzig"}""").status()).isEqualTo(201);
		assertThat(this.api.post(events, """
				{"status": "out_for_delivery", "occurredAt": "2026-12-04T07:30:00+01:00[Europe/Berlin]",
				 "location": "Berlin"}""").status()).isEqualTo(201);
		// A late scan from before: stored, but the shipment stays out for delivery.
		Api.Response late = this.api.post(events, """
				{"status": "in_transit", "subStatus": "arrived_at_facility", "occurredAt": "2026-12-03T06:00:00Z"}""");
		assertThat(late.status()).isEqualTo(201);
		assertThat(late.json().get("status").asString()).isEqualTo("out_for_delivery");
		// The same event again (same status, sub-status and moment, other offset).
		Api.Response repeat = this.api.post(events,
				"""
						{"status": "in_transit", "subStatus": "arrived_at_facility", "occurredAt": "2026-12-03T07:00:00+01:00"}""");
		assertThat(repeat.status()).isEqualTo(200);

		JsonNode body = this.api.get("/api/v1/commerce/shipments/" + shipment).json();
		assertThat(body.get("status").asString()).isEqualTo("out_for_delivery");
		assertThat(body.get("subStatus").isNull()).isTrue();
		assertThat(body.get("events")).hasSize(3);
		JsonNode newest = body.get("events").get(0);
		assertThat(newest.get("status").asString()).isEqualTo("out_for_delivery");
		assertThat(newest.get("occurredAt").asString()).isEqualTo("2026-12-04T06:30:00Z");
		assertThat(newest.get("localTime").asString()).isEqualTo("2026-12-04T07:30:00+01:00[Europe/Berlin]");
		assertThat(newest.get("location").asString()).isEqualTo("Berlin");
		assertThat(body.get("events").get(1).get("localTime").isNull()).isTrue();
		assertThat(body.get("events").get(2).get("localTime").asString()).isEqualTo("2026-12-02T18:00:00+01:00");
	}

	@Test
	void unknownStatusesAndSubStatusesNameTheirField() {
		String events = "/api/v1/commerce/shipments/" + shipment(order(), "DHL", trackingNumber()) + "/events";
		assertFieldError(this.api.post(events, """
				{"status": "teleported", "occurredAt": "2026-12-02T18:00:00Z"}"""), "status");
		assertFieldError(this.api.post(events, """
				{"status": "exception", "subStatus": "eaten", "occurredAt": "2026-12-02T18:00:00Z"}"""), "subStatus");
		assertFieldError(this.api.post(events, """
				{"status": "delivered", "subStatus": "held_at_customs", "occurredAt": "2026-12-02T18:00:00Z"}"""),
				"subStatus");
		assertFieldError(this.api.post(events, """
				{"status": "delivered", "occurredAt": "yesterday"}"""), "occurredAt");
		assertProblem(this.api.post("/api/v1/commerce/shipments/" + UUID.randomUUID() + "/events", """
				{"status": "delivered", "occurredAt": "2026-12-02T18:00:00Z"}"""), 404);
	}

	@Test
	void aSignedWebhookMovesTheShipmentThroughCustomsAndAReplayStoresNothing() {
		String number = trackingNumber();
		String shipment = shipment(order(), "La Poste", number);

		Api.Response held = webhook("""
				{"trackingNumber": "%s", "carrier": "La Poste", "status": "exception", "subStatus": "held_at_customs",
				 "occurredAt": "2026-12-03T09:00:00+01:00", "location": "Roissy", "eventId": "evt-%s-1"}"""
			.formatted(number, number));
		assertThat(held.status()).as(held.toString()).isEqualTo(200);
		assertThat(held.json().get("stored").asBoolean()).isTrue();
		assertThat(status(shipment)).isEqualTo("exception/held_at_customs");

		String duties = """
				{"trackingNumber": "%s", "status": "exception", "subStatus": "duties_payable",
				 "occurredAt": "2026-12-03T15:00:00+01:00", "eventId": "evt-%s-2"}""".formatted(number, number);
		assertThat(webhook(duties).json().get("stored").asBoolean()).isTrue();
		assertThat(status(shipment)).isEqualTo("exception/duties_payable");

		// A replay of the same delivery, and the same event id with other content.
		Api.Response replay = webhook(duties);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("stored").asBoolean()).isFalse();
		assertThat(webhook("""
				{"trackingNumber": "%s", "status": "exception", "subStatus": "duties_payable",
				 "occurredAt": "2026-12-03T15:05:00+01:00", "eventId": "evt-%s-2"}""".formatted(number, number)).json()
			.get("stored")
			.asBoolean()).isFalse();
		assertThat(events(shipment)).isEqualTo(2);
	}

	@Test
	void aBadOrMissingSignatureIs401AndStoresNothing() {
		String number = trackingNumber();
		String shipment = shipment(order(), "DHL", number);
		byte[] body = """
				{"trackingNumber": "%s", "status": "delivered", "occurredAt": "2026-12-03T15:00:00Z"}"""
			.formatted(number)
			.getBytes(StandardCharsets.UTF_8);

		assertProblem(this.carrier.post("/api/v1/commerce/webhooks/tracking", body, "application/json"), 401);
		assertProblem(this.carrier.withHeader("X-Meridian-Signature", TrackingSignature.sign("wrong-secret", body))
			.post("/api/v1/commerce/webhooks/tracking", body, "application/json"), 401);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("delivered", "expired")
			.getBytes(StandardCharsets.UTF_8);
		assertProblem(this.carrier.withHeader("X-Meridian-Signature", TrackingSignature.sign(Api.TRACKING_SECRET, body))
			.post("/api/v1/commerce/webhooks/tracking", tampered, "application/json"), 401);

		assertThat(events(shipment)).isZero();
		assertThat(status(shipment)).isEqualTo("info_received/null");
	}

	@Test
	void aWebhookForAnUnknownTrackingNumberIs404() {
		assertProblem(webhook("""
				{"trackingNumber": "NOPE-%s", "status": "delivered", "occurredAt": "2026-12-03T15:00:00Z"}"""
			.formatted(trackingNumber())), 404);
	}

	private Api.Response webhook(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return this.carrier.withHeader("X-Meridian-Signature", TrackingSignature.sign(Api.TRACKING_SECRET, body))
			.post("/api/v1/commerce/webhooks/tracking", body, "application/json");
	}

	private String order() {
		Api.Response created = this.api.post("/api/v1/commerce/orders", anOrder().json());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String shipment(String order, String carrier, String number) {
		Api.Response created = this.api.post("/api/v1/commerce/orders/" + order + "/shipments", """
				{"carrier": "%s", "trackingNumber": "%s", "destinationCountry": "DE"}""".formatted(carrier, number));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String status(String shipment) {
		JsonNode body = this.api.get("/api/v1/commerce/shipments/" + shipment).json();
		return body.get("status").asString() + "/"
				+ (body.get("subStatus").isNull() ? "null" : body.get("subStatus").asString());
	}

	private long events(String shipment) {
		return this.jdbc.sql("select count(*) from commerce_tracking_events where shipment_id = ?::uuid")
			.param(shipment)
			.query(Long.class)
			.single();
	}

	private static String trackingNumber() {
		return "TN" + SEQUENCE.incrementAndGet();
	}

}
