package dev.meridian.commerce.returns;

import org.jspecify.annotations.Nullable;

/**
 * An item a customer asks to return.
 *
 * @param sku the SKU as on the order
 * @param quantity at least one
 * @param reason in the customer's words, any language
 */
public record RequestedLine(String sku, int quantity, @Nullable String reason) {
}
