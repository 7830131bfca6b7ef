package dev.meridian.commerce.shopify;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.orders.OrderDraft;
import dev.meridian.commerce.orders.OrderStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ShopifyOrderMappingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The order payload shaped like Shopify's published orders/create example. */
	static String payload(String name, String email, String updatedAt) {
		try (InputStream in = ShopifyOrderMappingTests.class.getResourceAsStream("/commerce/shopify-order.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__NAME__", name)
				.replace("__EMAIL__", email)
				.replace("__UPDATED_AT__", updatedAt);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static ObjectNode order() {
		return (ObjectNode) JSON.readTree(payload("#1001", "juergen@example.de", "2026-11-20T10:16:00+01:00"));
	}

	@Test
	void mapsShopifysOrderFields() {
		OrderDraft draft = ShopifyOrderMapping.map("eu-store.myshopify.com", order());

		assertThat(draft.shop()).isEqualTo("eu-store.myshopify.com");
		assertThat(draft.number()).isEqualTo("#1001");
		assertThat(draft.externalId()).isEqualTo("820982911946154508");
		assertThat(draft.source()).isEqualTo("shopify");
		assertThat(draft.customer().email()).isEqualTo("juergen@example.de");
		assertThat(draft.customer().givenName()).isEqualTo("Jürgen");
		assertThat(draft.customer().familyName()).isEqualTo("Weiß");
		assertThat(draft.market().value()).isEqualTo("DE");
		assertThat(draft.language().value()).isEqualTo("de-DE");
		assertThat(draft.currency().value()).isEqualTo("EUR");
		assertThat(draft.placedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
		assertThat(draft.sourceUpdatedAt()).isEqualTo(Instant.parse("2026-11-20T09:16:00Z"));
		assertThat(draft.status()).isEqualTo(OrderStatus.PAID);
		assertThat(draft.paymentMethod()).isEqualTo("shopify_payments");
		assertThat(draft.items()).hasSize(2);
		assertThat(draft.items().get(0).sku()).isEqualTo("HAT-WOOL-GREY");
		assertThat(draft.items().get(0).title()).isEqualTo("Wollmütze");
		assertThat(draft.items().get(0).quantity()).isEqualTo(2);
		assertThat(draft.items().get(0).unitPrice()).isEqualByComparingTo("24.90");
		assertThat(draft.items().get(0).weightGrams()).isEqualTo(300);
		assertThat(draft.goods()).isEqualByComparingTo("109.80");
		assertThat(draft.shipping()).isEqualByComparingTo("3.90");
		assertThat(draft.tax()).isEqualByComparingTo("18.15");
		assertThat(draft.duties()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(draft.total()).isEqualByComparingTo("113.70");
		assertThat(draft.shippingAddress()).containsEntry("address1", "Hauptstraße 12")
			.containsEntry("country_code", "DE")
			.doesNotContainKey("latitude");
		assertThat(draft.billingAddress()).containsEntry("name", "Jürgen Weiß");
	}

	@Test
	void foldsShopifysStatusesIntoOne() {
		ObjectNode order = order();
		order.put("fulfillment_status", "partial");
		assertThat(ShopifyOrderMapping.status(order)).isEqualTo(OrderStatus.PARTIALLY_FULFILLED);
		order.put("fulfillment_status", "fulfilled");
		assertThat(ShopifyOrderMapping.status(order)).isEqualTo(OrderStatus.FULFILLED);
		order.put("financial_status", "refunded");
		assertThat(ShopifyOrderMapping.status(order)).isEqualTo(OrderStatus.REFUNDED);
		order.put("cancelled_at", "2026-11-21T10:00:00+01:00");
		assertThat(ShopifyOrderMapping.status(order)).isEqualTo(OrderStatus.CANCELLED);
		ObjectNode pending = order();
		pending.put("financial_status", "pending");
		assertThat(ShopifyOrderMapping.status(pending)).isEqualTo(OrderStatus.OPEN);
	}

	@Test
	void usesTheOrderNumberWhenThereIsNoNameAndTheCustomersEmailWhenTheOrderHasNone() {
		ObjectNode order = order();
		order.remove("name");
		order.remove("email");
		order.remove("contact_email");

		OrderDraft draft = ShopifyOrderMapping.map("s.myshopify.com", order);

		assertThat(draft.number()).isEqualTo("#1234");
		assertThat(draft.customer().email()).isEqualTo("juergen@example.de");
	}

	@Test
	void readsDeliveryFromADeliveredFulfilment() {
		ObjectNode order = order();
		order.set("fulfillments", JSON.readTree(
				"""
						[{"id": 1, "status": "success", "shipment_status": "in_transit", "updated_at": "2026-11-21T08:00:00+01:00"},
						 {"id": 2, "status": "success", "shipment_status": "delivered", "updated_at": "2026-11-23T14:00:00+01:00"}]
						"""));

		assertThat(ShopifyOrderMapping.map("s.myshopify.com", order).deliveredAt())
			.isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
	}

	@Test
	void readsPricesWithTheCurrencysDecimalsAndNamesTheFieldOtherwise() {
		ObjectNode order = order();
		order.put("currency", "JPY");
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> ShopifyOrderMapping.map("s.myshopify.com", order))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("line_items[0].price"));
	}

	@Test
	void refusesAnOrderWithoutAnyEmail() {
		ObjectNode order = order();
		order.remove("email");
		order.remove("contact_email");
		((ObjectNode) order.get("customer")).remove("email");
		assertThatExceptionOfType(InvalidValueException.class)
			.isThrownBy(() -> ShopifyOrderMapping.map("s.myshopify.com", order))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("email"));
	}

}
