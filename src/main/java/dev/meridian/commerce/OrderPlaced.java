package dev.meridian.commerce;

import java.time.Instant;

import dev.meridian.customers.CustomerId;

/**
 * An order was recorded for the first time, through the API or a shop's webhook.
 *
 * @param order the order
 * @param customer who placed it
 * @param shop the shop it came from (a Shopify domain, or {@code api})
 * @param number the shop's order number
 * @param market the country the order ships to (ISO 3166-1 alpha-2)
 * @param placedAt when the customer placed it
 */
public record OrderPlaced(OrderId order, CustomerId customer, String shop, String number, String market,
		Instant placedAt) {
}
