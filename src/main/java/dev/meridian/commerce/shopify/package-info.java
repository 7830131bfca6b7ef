/**
 * Shopify's order webhooks: the signature over the raw body, de-duplication by delivery
 * id, and the mapping of Shopify's order payload onto an order.
 */
@NullMarked
package dev.meridian.commerce.shopify;

import org.jspecify.annotations.NullMarked;
