package dev.meridian.commerce.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * An order as a source (the API, a shop's webhook) describes it, every value checked.
 * Amounts are in {@link #currency()}.
 *
 * @param shop the shop the number belongs to
 * @param number the shop's order number, unique per shop
 * @param externalId the shop's own id, when it has one besides the number
 * @param source {@code api} or {@code shopify}
 * @param customer who placed it
 * @param market the country the order ships to
 * @param language the language of the titles; {@code null}: the market's
 * @param total the total the shop charged, when it says; {@code null}: the sum of the
 * parts
 * @param sourceUpdatedAt when the source last changed the order, to ignore stale updates
 */
public record OrderDraft(String shop, String number, @Nullable String externalId, String source, CustomerDraft customer,
		CountryCode market, @Nullable LanguageTag language, CurrencyCode currency, Instant placedAt,
		@Nullable Instant deliveredAt, OrderStatus status, @Nullable String paymentMethod, List<LineDraft> items,
		BigDecimal shipping, BigDecimal tax, BigDecimal duties, @Nullable BigDecimal total,
		Map<String, String> shippingAddress, @Nullable Map<String, String> billingAddress,
		@Nullable Instant sourceUpdatedAt) {

	public OrderDraft {
		items = List.copyOf(items);
		shippingAddress = Map.copyOf(shippingAddress);
		billingAddress = billingAddress == null ? null : Map.copyOf(billingAddress);
	}

	/** The goods: each line's unit price times its quantity. */
	public BigDecimal goods() {
		return this.items.stream()
			.map(item -> item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
