package dev.meridian.commerce.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.orders.CustomerDraft;
import dev.meridian.commerce.orders.HsCode;
import dev.meridian.commerce.orders.LineDraft;
import dev.meridian.commerce.orders.OrderDraft;
import dev.meridian.commerce.orders.OrderStatus;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * An order as API clients send it. Prices are decimal strings in the order's currency;
 * every value is checked here and a bad one named by its field ({@code items[2].hsCode}).
 */
record OrderRequest(@Nullable String number, @Nullable String shop, @Nullable CustomerPart customer,
		@Nullable String market, @Nullable String language, @Nullable String currency, @Nullable String placedAt,
		@Nullable String deliveredAt, @Nullable String status, @Nullable String paymentMethod,
		@Nullable List<ItemPart> items, @Nullable AmountPart shipping, @Nullable AmountPart tax,
		@Nullable AmountPart duties, @Nullable Map<String, Object> shippingAddress,
		@Nullable Map<String, Object> billingAddress) {

	/** The shop of orders created through the API without one. */
	static final String API_SHOP = "api";

	private static final int MAX_ITEMS = 500;

	record CustomerPart(@Nullable String email, @Nullable String name, @Nullable String givenName,
			@Nullable String familyName, @Nullable String country) {
	}

	record ItemPart(@Nullable String sku, @Nullable String title, @Nullable Integer quantity,
			@Nullable String unitPrice, @Nullable String hsCode, @Nullable String originCountry,
			@Nullable Integer weightGrams) {
	}

	record AmountPart(@Nullable String amount, @Nullable String currency) {
	}

	OrderDraft toDraft() {
		String number = text("number", this.number, 100);
		String shop = this.shop == null || this.shop.isBlank() ? API_SHOP : text("shop", this.shop, 255);
		CurrencyCode currency = CurrencyCode.parse("currency", this.currency);
		if (this.customer == null) {
			throw new InvalidValueException("customer", "An order needs its customer's email");
		}
		CustomerDraft customer = new CustomerDraft(EmailAddresses.normalize("customer.email", this.customer.email()),
				optionalText("customer.givenName", this.customer.givenName(), 200),
				optionalText("customer.familyName", this.customer.familyName(), 200),
				optionalText("customer.name", this.customer.name(), 400), this.customer.country() == null ? null
						: CountryCode.parse("customer.country", this.customer.country()));
		Map<String, String> shippingAddress = address("shippingAddress", this.shippingAddress);
		if (shippingAddress == null) {
			throw new InvalidValueException("shippingAddress", "An order needs a shipping address with a country");
		}
		CountryCode shipsTo = CountryCode.parse("shippingAddress.country", shippingAddress.get("country"));
		shippingAddress.put("country", shipsTo.value());
		CountryCode market = this.market == null ? shipsTo : CountryCode.parse("market", this.market);
		return new OrderDraft(shop, number, null, "api", customer, market,
				this.language == null ? null : LanguageTag.parse("language", this.language), currency,
				instant("placedAt", this.placedAt),
				this.deliveredAt == null ? null : instant("deliveredAt", this.deliveredAt),
				this.status == null ? OrderStatus.OPEN : OrderStatus.parse("status", this.status),
				optionalText("paymentMethod", this.paymentMethod, 100), items(currency),
				amount("shipping", this.shipping, currency), amount("tax", this.tax, currency),
				amount("duties", this.duties, currency), null, shippingAddress,
				address("billingAddress", this.billingAddress), null);
	}

	private List<LineDraft> items(CurrencyCode currency) {
		if (this.items == null || this.items.isEmpty()) {
			throw new InvalidValueException("items", "An order has at least one item");
		}
		if (this.items.size() > MAX_ITEMS) {
			throw new InvalidValueException("items", "At most " + MAX_ITEMS + " items");
		}
		List<LineDraft> lines = new ArrayList<>();
		for (int i = 0; i < this.items.size(); i++) {
			String at = "items[" + i + "]";
			ItemPart item = this.items.get(i);
			if (item == null) {
				throw new InvalidValueException(at, "An item must not be null");
			}
			if (item.quantity() == null || item.quantity() <= 0) {
				throw new InvalidValueException(at + ".quantity", "The quantity must be at least 1");
			}
			if (item.weightGrams() != null && item.weightGrams() < 0) {
				throw new InvalidValueException(at + ".weightGrams", "A weight is not negative");
			}
			lines.add(
					new LineDraft(text(at + ".sku", item.sku(), 100), text(at + ".title", item.title(), 500),
							item.quantity(), price(at + ".unitPrice", item.unitPrice(), currency),
							item.hsCode() == null ? null : HsCode.parse(at + ".hsCode", item.hsCode()),
							item.originCountry() == null ? null
									: CountryCode.parse(at + ".originCountry", item.originCountry()),
							item.weightGrams()));
		}
		return lines;
	}

	private static BigDecimal amount(String field, @Nullable AmountPart part, CurrencyCode currency) {
		if (part == null) {
			return BigDecimal.ZERO;
		}
		if (part.currency() != null
				&& !currency.value().equals(CurrencyCode.parse(field + ".currency", part.currency()).value())) {
			throw new InvalidValueException(field + ".currency",
					"Amounts of an order are in its currency, " + currency.value());
		}
		return price(field + ".amount", part.amount(), currency);
	}

	/**
	 * A price in the order's currency: never negative, never more decimals than it has.
	 */
	static BigDecimal price(String field, @Nullable String amount, CurrencyCode currency) {
		BigDecimal value = AmountJson.parse(field, amount, currency.value()).getNumber().numberValue(BigDecimal.class);
		if (value.signum() < 0) {
			throw new InvalidValueException(field, "An amount here is not negative");
		}
		return value;
	}

	private static Instant instant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "A time is required, e.g. 2026-03-01T09:30:00Z");
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not an ISO 8601 time with an offset");
		}
	}

	private static String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException(field, "'" + field + "' is required");
		}
		return optionalText(field, value, max);
	}

	private static @Nullable String optionalText(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			throw new InvalidValueException(field, "At most " + max + " characters");
		}
		return stripped;
	}

	/** An address in any script, kept as the client wrote it, values as text. */
	private static @Nullable Map<String, String> address(String field, @Nullable Map<String, Object> address) {
		if (address == null) {
			return null;
		}
		if (address.size() > 30) {
			throw new InvalidValueException(field, "An address has at most 30 parts");
		}
		Map<String, String> parts = new LinkedHashMap<>();
		address.forEach((key, value) -> {
			if (value instanceof Map<?, ?> || value instanceof List<?>) {
				throw new InvalidValueException(field + "." + key, "An address part is a single value");
			}
			if (value != null) {
				String text = optionalText(field + "." + key, String.valueOf(value), 1000);
				if (text != null) {
					parts.put(key, text);
				}
			}
		});
		return parts;
	}

}
