package dev.meridian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts COUNT signed Shopify {@code orders/create} webhooks at a running server from
 * WORKERS closed-loop workers, the way Shopify delivers them: the raw body signed with
 * HMAC-SHA256 (base64 in {@code X-Shopify-Hmac-Sha256}), a delivery id per order, and a
 * share of deliveries sent again with the same id (Shopify's retries), which the server
 * must answer {@code duplicate}. Customers repeat from a pool, so both new and known
 * customers are exercised. A fixed count, not a duration: the run ends by itself.
 */
final class OrderWebhookLoad {

	private static final String PATH = "/api/v1/commerce/webhooks/shopify";

	private OrderWebhookLoad() {
	}

	static void main(Options options) throws Exception {
		String baseUrl = LoopbackGuard.requireLoopback(options.require("base-url"));
		String secret = options.require("secret");
		String shop = options.get("shop", "bench-store.myshopify.com");
		int count = options.getInt("count", 200);
		int workers = options.getInt("workers", 4);
		double replayShare = Double.parseDouble(options.get("replay-share", "0.1"));
		int customers = options.getInt("customers", Math.max(1, count / 4));
		String run = Long.toString(System.currentTimeMillis(), 36);
		System.out.printf("%d orders/create deliveries to %s%s, %d workers, %.0f %% replayed, %d customers, run %s%n",
				count, baseUrl, PATH, workers, replayShare * 100, customers, run);

		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		ErrorSamples errors = new ErrorSamples(5);
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		AtomicLong next = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<LatencyHistogram>> futures = new ArrayList<>();
		long start = System.nanoTime();
		try {
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(() -> {
					LatencyHistogram latencies = new LatencyHistogram();
					for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
						String webhookId = "bench-" + run + "-" + n;
						byte[] body = order(run, n, "buyer" + (n % customers) + "." + run + "@bench.example")
							.getBytes(StandardCharsets.UTF_8);
						String signature = sign(secret, body);
						deliver(http, baseUrl, shop, webhookId, body, signature, latencies, outcomes, errors);
						// Deterministic share of retries, spread over the run.
						if (replayShare > 0 && (n % Math.max(1, Math.round(1 / replayShare))) == 0) {
							deliver(http, baseUrl, shop, webhookId, body, signature, latencies, outcomes, errors);
						}
					}
					return latencies;
				}));
			}
			pool.shutdown();
		}
		finally {
			LatencyHistogram all = new LatencyHistogram();
			for (Future<LatencyHistogram> future : futures) {
				all.merge(future.get());
			}
			pool.shutdownNow();
			double seconds = (System.nanoTime() - start) / 1e9;
			LatencyHistogram.Snapshot latencies = all.snapshot();
			System.out.printf("requests: %d in %.1f s = %.0f/s; errors: %d%n", all.count(), seconds,
					all.count() / seconds, errors.count());
			System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", latencies.percentileMillis(50),
					latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.maxMillis());
			System.out.println("answers: " + new java.util.TreeMap<>(outcomes));
		}
	}

	private static void deliver(HttpClient http, String baseUrl, String shop, String webhookId, byte[] body,
			String signature, LatencyHistogram latencies, Map<String, AtomicInteger> outcomes, ErrorSamples errors) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("X-Shopify-Topic", "orders/create")
			.header("X-Shopify-Shop-Domain", shop)
			.header("X-Shopify-Webhook-Id", webhookId)
			.header("X-Shopify-API-Version", "2026-01")
			.header("X-Shopify-Hmac-Sha256", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		long began = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			latencies.record(System.nanoTime() - began);
			String outcome = response.statusCode() + " " + statusOf(response.body());
			outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
			if (response.statusCode() != 200) {
				errors.report(response.statusCode() + " " + response.body());
			}
		}
		catch (Exception ex) {
			errors.report(ex.toString());
		}
	}

	private static String statusOf(String body) {
		int at = body.indexOf("\"status\":\"");
		if (at < 0) {
			return "";
		}
		int from = at + "\"status\":\"".length();
		int to = body.indexOf('"', from);
		return to < 0 ? "" : body.substring(from, to);
	}

	static String sign(String secret, byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(body));
	}

	/** An order shaped like Shopify's published orders/create example, in EUR to Germany. */
	static String order(String run, long n, String email) {
		String at = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
		long id = 5_000_000_000_000L + n;
		return """
				{"id": %d, "admin_graphql_api_id": "gid://shopify/Order/%d", "name": "#B%s-%d", "order_number": %d,
				 "email": "%s", "contact_email": "%s", "created_at": "%s", "updated_at": "%s", "processed_at": "%s",
				 "currency": "EUR", "presentment_currency": "EUR", "customer_locale": "de-DE",
				 "financial_status": "paid", "fulfillment_status": null, "cancelled_at": null,
				 "payment_gateway_names": ["shopify_payments"], "taxes_included": true,
				 "subtotal_price": "109.80", "total_price": "113.70", "total_tax": "18.15",
				 "customer": {"id": %d, "email": "%s", "first_name": "Jürgen", "last_name": "Weiß",
				  "default_address": {"country_code": "DE", "city": "Berlin"}},
				 "billing_address": {"first_name": "Jürgen", "last_name": "Weiß", "address1": "Hauptstraße 12",
				  "city": "Berlin", "zip": "10115", "country": "Germany", "country_code": "DE"},
				 "shipping_address": {"first_name": "Jürgen", "last_name": "Weiß", "address1": "Hauptstraße 12",
				  "city": "Berlin", "zip": "10115", "country": "Germany", "country_code": "DE"},
				 "line_items": [
				  {"id": %d1, "sku": "HAT-WOOL-GREY", "title": "Wollmütze", "variant_title": "Grau", "quantity": 2,
				   "price": "24.90", "grams": 300, "taxable": true, "requires_shipping": true},
				  {"id": %d2, "sku": "SCARF-MERINO", "title": "Schal aus Merino", "quantity": 1,
				   "price": "60.00", "grams": 300, "taxable": true, "requires_shipping": true}],
				 "shipping_lines": [{"id": %d3, "code": "Standard", "title": "Standardversand", "price": "3.90"}],
				 "fulfillments": [], "refunds": []}
				""".formatted(id, id, run, n, 1000 + n, email, email, at, at, at, id, email, id, id, id);
	}

}
