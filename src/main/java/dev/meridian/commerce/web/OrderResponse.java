package dev.meridian.commerce.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it; every amount with its currency.
 *
 * @param flags what needs a person's eye: {@code unknown-market} when no market is set up
 * for the order's country
 */
record OrderResponse(UUID id, String shop, String number, @Nullable String externalId, String source, UUID customerId,
		String market, boolean marketKnown, List<String> flags, String language, String currency, Instant placedAt,
		@Nullable Instant deliveredAt, String status, @Nullable String paymentMethod, List<Item> items, Totals totals,
		Map<String, String> shippingAddress, @Nullable Map<String, String> billingAddress, Instant createdAt,
		Instant updatedAt) {

	/**
	 * A line; {@code titleLanguage} is the order's language, the one the shop wrote the
	 * order in.
	 */
	record Item(String sku, String title, int quantity, AmountJson unitPrice, @Nullable String hsCode,
			@Nullable String originCountry, @Nullable Integer weightGrams, String titleLanguage) {
	}

	record Totals(AmountJson goods, AmountJson shipping, AmountJson tax, AmountJson duties, AmountJson total) {
	}

	static OrderResponse of(Order order) {
		return new OrderResponse(order.id().value(), order.shop(), order.number(), order.externalId().orElse(null),
				order.source(), order.customer().value(), order.market(), order.marketKnown(),
				order.marketKnown() ? List.of() : List.of("unknown-market"), order.language(), order.currency(),
				order.placedAt(), order.deliveredAt().orElse(null), order.status().value(),
				order.paymentMethod().orElse(null), order.items().stream().map(item -> item(order, item)).toList(),
				new Totals(AmountJson.of(order.goods()), AmountJson.of(order.shipping()), AmountJson.of(order.tax()),
						AmountJson.of(order.duties()), AmountJson.of(order.total())),
				order.shippingAddress(), order.billingAddress().orElse(null), order.createdAt(), order.updatedAt());
	}

	private static Item item(Order order, LineItem item) {
		return new Item(item.sku(), item.title(), item.quantity(), AmountJson.of(order.money(item.unitPrice())),
				item.hsCode().orElse(null), item.originCountry().orElse(null), item.weightGrams().orElse(null),
				order.language());
	}

}
