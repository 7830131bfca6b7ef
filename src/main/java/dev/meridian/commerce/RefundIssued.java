package dev.meridian.commerce;

import java.time.Instant;

import dev.meridian.customers.CustomerId;

/**
 * Money went back to a customer for a return, once.
 *
 * @param returnId the return refunded
 * @param order its order
 * @param customer who is refunded
 * @param amount the refund in the order's currency (restocking fee deducted)
 * @param method {@code original_payment}, {@code store_credit} or {@code bank_transfer}
 * @param refundedAt when
 */
public record RefundIssued(ReturnId returnId, OrderId order, CustomerId customer, AmountJson amount, String method,
		Instant refundedAt) {
}
