/**
 * Orders: where they come from (the API, a shop's webhook), their customer and market,
 * line items with customs data, addresses in any script, and totals with their currency.
 */
@NullMarked
@NamedInterface("orders")
package dev.meridian.commerce.orders;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
