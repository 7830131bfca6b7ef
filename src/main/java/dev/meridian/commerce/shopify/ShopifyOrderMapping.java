package dev.meridian.commerce.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.orders.CustomerDraft;
import dev.meridian.commerce.orders.LineDraft;
import dev.meridian.commerce.orders.OrderDraft;
import dev.meridian.commerce.orders.OrderStatus;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Shopify's order resource (the body of {@code orders/create} and
 * {@code orders/updated}) as an order. Amounts are Shopify's shop-currency strings
 * ({@code total_price}, {@code line_items[].price}) read with the currency's decimals,
 * never through floating point. A field that cannot be read is named with its Shopify
 * path.
 */
final class ShopifyOrderMapping {

	private ShopifyOrderMapping() {
	}

	static OrderDraft map(String shop, JsonNode order) {
		CurrencyCode currency = CurrencyCode.parse("currency", text(order, "currency"));
		Map<String, String> shipping = address(order.path("shipping_address"));
		Map<String, String> billing = address(order.path("billing_address"));
		CountryCode country = country(shipping, billing, order);
		shipping = shipping == null ? new LinkedHashMap<>(Map.of("country", country.value())) : shipping;
		String placedAt = text(order, "created_at");
		return new OrderDraft(shop, number(order), text(order, "id"), "shopify", customer(order, billing), country,
				language(text(order, "customer_locale")), currency, instant("created_at", placedAt), deliveredAt(order),
				status(order), paymentMethod(order), items(order, currency), shippingPrice(order, currency),
				amount("total_tax", text(order, "total_tax"), currency), duties(order, currency),
				amount("total_price", text(order, "total_price"), currency), shipping, billing,
				text(order, "updated_at") == null ? null : instant("updated_at", text(order, "updated_at")));
	}

	/** What customers see ({@code #1001}); {@code order_number} when there is no name. */
	private static String number(JsonNode order) {
		String name = text(order, "name");
		if (name != null) {
			return name;
		}
		String number = text(order, "order_number");
		if (number != null) {
			return "#" + number;
		}
		throw new InvalidValueException("name", "The order has neither a name nor an order_number");
	}

	private static CustomerDraft customer(JsonNode order, @Nullable Map<String, String> billing) {
		JsonNode customer = order.path("customer");
		String email = first(text(order, "email"), text(order, "contact_email"), text(customer, "email"));
		if (email == null) {
			throw new InvalidValueException("email", "The order has no customer email (email, customer.email)");
		}
		String given = first(text(customer, "first_name"), billing == null ? null : billing.get("first_name"));
		String family = first(text(customer, "last_name"), billing == null ? null : billing.get("last_name"));
		String country = text(customer.path("default_address"), "country_code");
		return new CustomerDraft(EmailAddresses.normalize("email", email), given, family, null,
				country == null ? null : CountryCode.parse("customer.default_address.country_code", country));
	}

	/**
	 * Where the order ships to; a digital order without a shipping address belongs to its
	 * billing country.
	 */
	private static CountryCode country(@Nullable Map<String, String> shipping, @Nullable Map<String, String> billing,
			JsonNode order) {
		if (shipping != null && shipping.get("country_code") != null) {
			return CountryCode.parse("shipping_address.country_code", shipping.get("country_code"));
		}
		if (billing != null && billing.get("country_code") != null) {
			return CountryCode.parse("billing_address.country_code", billing.get("country_code"));
		}
		String customerCountry = text(order.path("customer").path("default_address"), "country_code");
		if (customerCountry != null) {
			return CountryCode.parse("customer.default_address.country_code", customerCountry);
		}
		throw new InvalidValueException("shipping_address.country_code", "The order has no country to ship to");
	}

	/**
	 * Shopify's two statuses folded into one: cancelled and refunded win, then
	 * fulfilment, then payment.
	 */
	static OrderStatus status(JsonNode order) {
		if (text(order, "cancelled_at") != null) {
			return OrderStatus.CANCELLED;
		}
		String financial = text(order, "financial_status");
		if ("refunded".equals(financial)) {
			return OrderStatus.REFUNDED;
		}
		String fulfillment = text(order, "fulfillment_status");
		if ("fulfilled".equals(fulfillment)) {
			return OrderStatus.FULFILLED;
		}
		if ("partial".equals(fulfillment)) {
			return OrderStatus.PARTIALLY_FULFILLED;
		}
		if ("paid".equals(financial) || "partially_refunded".equals(financial)) {
			return OrderStatus.PAID;
		}
		return OrderStatus.OPEN;
	}

	private static @Nullable String paymentMethod(JsonNode order) {
		List<String> gateways = new ArrayList<>();
		order.path("payment_gateway_names").valueStream().map(ShopifyOrderMapping::value).forEach(name -> {
			if (name != null) {
				gateways.add(name);
			}
		});
		return gateways.isEmpty() ? null : String.join(", ", gateways);
	}

	private static List<LineDraft> items(JsonNode order, CurrencyCode currency) {
		List<LineDraft> lines = new ArrayList<>();
		int i = 0;
		for (JsonNode line : order.path("line_items").values()) {
			String at = "line_items[" + i++ + "]";
			int quantity = line.path("quantity").asInt(0);
			if (quantity <= 0) {
				continue; // removed by an order edit
			}
			String sku = first(text(line, "sku"),
					text(line, "variant_id") == null ? null : "shopify-variant-" + text(line, "variant_id"),
					"shopify-line-" + text(line, "id"));
			String title = first(text(line, "title"), text(line, "name"), sku);
			JsonNode grams = line.path("grams");
			lines.add(new LineDraft(sku, title, quantity, amount(at + ".price", text(line, "price"), currency), null,
					null, grams.isNumber() && grams.asInt() >= 0 ? grams.asInt() : null));
		}
		if (lines.isEmpty()) {
			throw new InvalidValueException("line_items", "The order has no line items");
		}
		return lines;
	}

	private static BigDecimal shippingPrice(JsonNode order, CurrencyCode currency) {
		BigDecimal total = BigDecimal.ZERO;
		int i = 0;
		for (JsonNode line : order.path("shipping_lines").values()) {
			total = total.add(amount("shipping_lines[" + i++ + "].price", text(line, "price"), currency));
		}
		return total;
	}

	/** Duties Shopify collected at checkout, when they are in the shop's currency. */
	private static BigDecimal duties(JsonNode order, CurrencyCode currency) {
		JsonNode shopMoney = order.path("current_total_duties_set").path("shop_money");
		String amount = text(shopMoney, "amount");
		if (amount == null || !currency.value().equals(text(shopMoney, "currency_code"))) {
			return BigDecimal.ZERO;
		}
		return amount("current_total_duties_set.shop_money.amount", amount, currency);
	}

	/** When a fulfilment's shipment was delivered, if Shopify knows. */
	private static @Nullable Instant deliveredAt(JsonNode order) {
		Instant delivered = null;
		for (JsonNode fulfillment : order.path("fulfillments").values()) {
			if ("delivered".equals(text(fulfillment, "shipment_status")) && text(fulfillment, "updated_at") != null) {
				Instant at = instant("fulfillments.updated_at", text(fulfillment, "updated_at"));
				delivered = delivered == null || at.isAfter(delivered) ? at : delivered;
			}
		}
		return delivered;
	}

	private static @Nullable LanguageTag language(@Nullable String locale) {
		if (locale == null) {
			return null;
		}
		LanguageTag tag = LanguageTag.read(locale);
		return tag.isUndetermined() ? null : tag;
	}

	private static @Nullable Map<String, String> address(JsonNode address) {
		if (!address.isObject()) {
			return null;
		}
		Map<String, String> parts = new LinkedHashMap<>();
		address.forEachEntry((key, value) -> {
			String text = value(value);
			if (text != null) {
				parts.put(key, text);
			}
		});
		String code = parts.get("country_code");
		if (code != null) {
			parts.put("country_code", code.toUpperCase(Locale.ROOT));
		}
		return parts;
	}

	private static BigDecimal amount(String field, @Nullable String amount, CurrencyCode currency) {
		if (amount == null) {
			return BigDecimal.ZERO;
		}
		return AmountJson.parse(field, amount, currency.value()).getNumber().numberValue(BigDecimal.class);
	}

	private static Instant instant(String field, @Nullable String value) {
		if (value == null) {
			throw new InvalidValueException(field, "'" + field + "' is required");
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + value + "' is not an ISO 8601 time");
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		return value(node.path(field));
	}

	/** A scalar as text; null, missing, empty and structured values read as absent. */
	private static @Nullable String value(JsonNode node) {
		if (node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	@SafeVarargs
	private static <T> @Nullable T first(@Nullable T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

}
