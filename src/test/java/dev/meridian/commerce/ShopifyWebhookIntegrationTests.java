package dev.meridian.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shopify's order webhooks as Shopify sends them: a signed raw body, no API token.
 */
@IntegrationTest
class ShopifyWebhookIntegrationTests {

	static final String SHOP = "eu-store.myshopify.com";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	/** Shopify's request: no bearer token, the signature is the authentication. */
	Api shopify;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.shopify = Api.on(this.port).withToken("");
		this.api.post("/api/v1/markets",
				"""
						{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}
						""");
	}

	@Test
	void aSignedOrderCreateStoresTheOrderAndItsCustomer() {
		Delivery delivery = Delivery.of("#" + unique(), "juergen." + unique() + "@example.de");

		Api.Response response = delivery.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("created");
		JsonNode order = this.api.get("/api/v1/commerce/orders/" + response.json().get("orderId").asString()).json();
		assertThat(order.get("shop").asString()).isEqualTo(SHOP);
		assertThat(order.get("number").asString()).isEqualTo(delivery.name());
		assertThat(order.get("source").asString()).isEqualTo("shopify");
		assertThat(order.get("externalId").asString()).isEqualTo("820982911946154508");
		assertThat(order.get("status").asString()).isEqualTo("paid");
		assertThat(order.get("language").asString()).isEqualTo("de-DE");
		assertThat(order.get("items").get(0).get("title").asString()).isEqualTo("Wollmütze");
		assertThat(order.get("totals").get("total").get("amount").asString()).isEqualTo("113.70");
		assertThat(order.get("totals").get("shipping").get("amount").asString()).isEqualTo("3.90");
		assertThat(order.get("totals").get("total").get("currency").asString()).isEqualTo("EUR");
		assertThat(order.get("shippingAddress").get("address1").asString()).isEqualTo("Hauptstraße 12");

		JsonNode customer = this.api.get("/api/v1/customers?email=" + delivery.email()).json().get("items").get(0);
		assertThat(customer.get("id").asString()).isEqualTo(order.get("customerId").asString());
		assertThat(customer.get("givenName").asString()).isEqualTo("Jürgen");
		assertThat(customer.get("familyName").asString()).isEqualTo("Weiß");
		assertThat(customer.get("market").asString()).isEqualTo("DE");
	}

	@Test
	void aReplayOfTheSameDeliveryStoresNothingNew() {
		Delivery delivery = Delivery.of("#" + unique(), "replay." + unique() + "@example.de");
		String first = delivery.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET)
			.json()
			.get("orderId")
			.asString();
		int deliveries = count("select count(*) from commerce_webhook_deliveries");

		// Shopify retries with the same X-Shopify-Webhook-Id; even a changed body is not
		// read again.
		Api.Response replay = delivery
			.withBody(delivery.body().replace("\"financial_status\": \"paid\"", "\"financial_status\": \"refunded\""))
			.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET);

		assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
		assertThat(replay.json().get("status").asString()).isEqualTo("duplicate");
		assertThat(count("select count(*) from commerce_webhook_deliveries")).isEqualTo(deliveries);
		assertThat(count("select count(*) from commerce_orders where number = '" + delivery.name() + "'")).isOne();
		assertThat(this.api.get("/api/v1/commerce/orders/" + first).json().get("status").asString()).isEqualTo("paid");
	}

	@Test
	void deliveriesRacingWithTheSameIdStoreTheOrderOnce() throws Exception {
		Delivery delivery = Delivery.of("#" + unique(), "race." + unique() + "@example.de");

		List<Api.Response> responses = Simultaneous.calls(4,
				() -> delivery.send(Api.on(this.port).withToken(""), "orders/create", Api.SHOPIFY_SECRET));

		assertThat(responses)
			.allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(200));
		assertThat(responses.stream().map(response -> response.json().get("status").asString()))
			.containsOnlyOnce("created")
			.containsOnly("created", "duplicate");
		assertThat(count("select count(*) from commerce_orders where number = '" + delivery.name() + "'")).isOne();
	}

	@Test
	void aBadOrMissingSignatureIsRefusedAndNothingIsStored() {
		Delivery delivery = Delivery.of("#" + unique(), "forged." + unique() + "@example.de");
		int deliveries = count("select count(*) from commerce_webhook_deliveries");

		assertThat(assertProblem(delivery.send(this.shopify, "orders/create", "not-the-secret"), 401).get("type")
			.asString()).isEqualTo("urn:meridian:problem:invalid-signature");
		assertProblem(delivery.withSignature(null).send(this.shopify, "orders/create", Api.SHOPIFY_SECRET), 401);
		// Signed, then changed on the way.
		assertProblem(delivery.withSignature(sign(Api.SHOPIFY_SECRET, delivery.body()))
			.withBody(delivery.body().replace("24.90", "0.01"))
			.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET), 401);

		assertThat(count("select count(*) from commerce_webhook_deliveries")).isEqualTo(deliveries);
		assertThat(count("select count(*) from commerce_orders where number = '" + delivery.name() + "'")).isZero();
		assertThat(this.api.get("/api/v1/customers?email=" + delivery.email()).json().get("items")).isEmpty();
	}

	@Test
	void aShopWithASecretOfItsOwnIsCheckedWithThatOne() {
		Delivery delivery = Delivery.of("#" + unique(), "own." + unique() + "@example.de")
			.fromShop("own-secret.myshopify.com");

		assertProblem(delivery.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET), 401);
		Api.Response accepted = delivery.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET + "-own");
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("created");
	}

	@Test
	void anOrderUpdateChangesTheOrderAndAStaleOneIsIgnored() {
		Delivery created = Delivery.of("#" + unique(), "update." + unique() + "@example.de");
		String id = created.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET).json().get("orderId").asString();

		Delivery later = created.another().withUpdatedAt("2026-11-21T09:00:00+01:00");
		Delivery cancelled = later.withBody(
				later.body().replace("\"cancelled_at\": null", "\"cancelled_at\": \"2026-11-21T09:00:00+01:00\""));
		Api.Response updated = cancelled.send(this.shopify, "orders/updated", Api.SHOPIFY_SECRET);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("updated");
		assertThat(updated.json().get("orderId").asString()).isEqualTo(id);
		assertThat(this.api.get("/api/v1/commerce/orders/" + id).json().get("status").asString())
			.isEqualTo("cancelled");

		// Delivered late: the change it carries is older than the cancellation.
		Delivery stale = created.another().withUpdatedAt("2026-11-20T11:00:00+01:00");
		assertThat(stale.send(this.shopify, "orders/updated", Api.SHOPIFY_SECRET).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/commerce/orders/" + id).json().get("status").asString())
			.isEqualTo("cancelled");
	}

	@Test
	void otherTopicsAreAcknowledgedAndIgnored() {
		Delivery delivery = Delivery.of("#" + unique(), "topic." + unique() + "@example.de");

		Api.Response response = delivery.send(this.shopify, "products/update", Api.SHOPIFY_SECRET);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("ignored");
		assertThat(count("select count(*) from commerce_orders where number = '" + delivery.name() + "'")).isZero();
	}

	@Test
	void aSignedBodyThatIsNotAnOrderIsABadRequestNamingTheField() {
		Delivery delivery = Delivery.of("#" + unique(), "bad." + unique() + "@example.de");
		Delivery noCurrency = delivery
			.withBody(delivery.body().replace("\"currency\": \"EUR\"", "\"currency\": \"EURO\""));

		JsonNode problem = assertProblem(noCurrency.send(this.shopify, "orders/create", Api.SHOPIFY_SECRET), 400);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("currency");
		assertThat(count("select count(*) from commerce_orders where number = '" + delivery.name() + "'")).isZero();
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	static String sign(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One webhook delivery: the body shaped like Shopify's published order example, its
	 * headers, and a signature computed here (or given).
	 */
	record Delivery(String name, String email, String body, String webhookId, String shop, String signature) {

		static Delivery of(String name, String email) {
			return new Delivery(name, email, payload(name, email, "2026-11-20T10:16:00+01:00"), "wh-" + unique(), SHOP,
					null);
		}

		Delivery withBody(String body) {
			return new Delivery(this.name, this.email, body, this.webhookId, this.shop, this.signature);
		}

		Delivery withUpdatedAt(String updatedAt) {
			return withBody(payload(this.name, this.email, updatedAt));
		}

		Delivery withSignature(String signature) {
			return new Delivery(this.name, this.email, this.body, this.webhookId, this.shop,
					signature == null ? "" : signature);
		}

		Delivery fromShop(String shop) {
			return new Delivery(this.name, this.email, this.body, this.webhookId, shop, this.signature);
		}

		/** A new delivery (new webhook id) about the same order. */
		Delivery another() {
			return new Delivery(this.name, this.email, this.body, "wh-" + unique(), this.shop, this.signature);
		}

		Api.Response send(Api client, String topic, String secret) {
			Api signed = client.withHeader("X-Shopify-Topic", topic)
				.withHeader("X-Shopify-Shop-Domain", this.shop)
				.withHeader("X-Shopify-Webhook-Id", this.webhookId)
				.withHeader("X-Shopify-API-Version", "2026-01")
				.withHeader("X-Shopify-Triggered-At", "2026-11-20T09:16:01.123Z");
			String header = this.signature == null ? sign(secret, this.body) : this.signature;
			if (!header.isEmpty()) {
				signed = signed.withHeader("X-Shopify-Hmac-Sha256", header);
			}
			return signed.post("/api/v1/commerce/webhooks/shopify", this.body.getBytes(StandardCharsets.UTF_8),
					"application/json");
		}

		static String payload(String name, String email, String updatedAt) {
			try (InputStream in = Delivery.class.getResourceAsStream("/commerce/shopify-order.json")) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__NAME__", name)
					.replace("__EMAIL__", email)
					.replace("__UPDATED_AT__", updatedAt);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
