package dev.meridian.commerce;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds order bodies for the commerce API, unique per test run:
 * {@code anOrder().in("USD").to("US").placedAt(...).item("SKU", 2, "33.33").json()}.
 */
final class OrderJson {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private String number = "T-" + SEQUENCE.incrementAndGet();

	private String email = "buyer." + SEQUENCE.incrementAndGet() + "@example.com";

	private String currency = "EUR";

	private String country = "DE";

	private String placedAt = Instant.now().minusSeconds(3600).toString();

	private String extra = "";

	private final StringBuilder items = new StringBuilder();

	static OrderJson anOrder() {
		return new OrderJson();
	}

	OrderJson number(String number) {
		this.number = number;
		return this;
	}

	OrderJson by(String email) {
		this.email = email;
		return this;
	}

	OrderJson in(String currency) {
		this.currency = currency;
		return this;
	}

	OrderJson to(String country) {
		this.country = country;
		return this;
	}

	OrderJson placedAt(Instant placedAt) {
		this.placedAt = placedAt.toString();
		return this;
	}

	/**
	 * Extra top-level fields, e.g. {@code "status": "paid", "shipping": {"amount":
	 * "4.90"}}.
	 */
	OrderJson with(String fields) {
		this.extra = this.extra + ", " + fields;
		return this;
	}

	OrderJson item(String sku, int quantity, String unitPrice) {
		return item(
				"""
						{"sku": "%s", "title": "Item %s", "quantity": %d, "unitPrice": "%s", "hsCode": "6109.10", "originCountry": "PT"}
						"""
					.formatted(sku, sku, quantity, unitPrice));
	}

	OrderJson item(String json) {
		if (!this.items.isEmpty()) {
			this.items.append(", ");
		}
		this.items.append(json.strip());
		return this;
	}

	String number() {
		return this.number;
	}

	String email() {
		return this.email;
	}

	String json() {
		String lines = this.items.isEmpty() ? """
				{"sku": "DEFAULT-1", "title": "Item", "quantity": 1, "unitPrice": "10.00"}""" : this.items.toString();
		return """
				{"number": "%s", "customer": {"email": "%s", "name": "Test Buyer"}, "currency": "%s",
				 "placedAt": "%s", "paymentMethod": "card", "items": [%s],
				 "shippingAddress": {"country": "%s", "city": "City", "line1": "Street 1"}%s}
				""".formatted(this.number, this.email, this.currency, this.placedAt, lines, this.country, this.extra);
	}

}
