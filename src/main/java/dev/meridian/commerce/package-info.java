/**
 * Commerce inside support: orders and their line items, shipments and tracking events,
 * customs rules and landed-cost estimates, exchange rates and conversions, returns and
 * refunds. Every amount is an amount with its ISO 4217 currency.
 */
@NullMarked
package dev.meridian.commerce;

import org.jspecify.annotations.NullMarked;
