package dev.meridian.privacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of an order that a market's legal hold may require to be kept after the
 * customer is erased (an invoice record: its number, date, amounts, currency, country).
 */
public enum HeldField {

	/** The order number, which ties the record to the shop's books. */
	NUMBER("number"),
	/** When it was placed. */
	PLACED_AT("placedAt"),
	/** Goods, shipping, tax, duties and total. */
	AMOUNTS("amounts"),
	/** The currency of the amounts. */
	CURRENCY("currency"),
	/** The country of the shipping and billing address (nothing else of them). */
	COUNTRY("country"),
	/** The items: SKU, title, quantity, unit price. */
	ITEMS("items"),
	/** How it was paid. */
	PAYMENT_METHOD("paymentMethod");

	private final String key;

	HeldField(String key) {
		this.key = key;
	}

	/** Its name in the API and the database, e.g. {@code placedAt}. */
	public String key() {
		return this.key;
	}

	public static Optional<HeldField> ofKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key.strip())).findFirst();
	}

}
