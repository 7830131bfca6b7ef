package dev.meridian.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.meridian.customers.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * Money went back to a customer for a return, once.
 *
 * @param returnId the return refunded
 * @param order its order
 * @param customer who is refunded
 * @param amount the refund as paid (restocking fee deducted): in the order's currency
 * unless another one was asked for
 * @param method {@code original_payment}, {@code store_credit} or {@code bank_transfer}
 * @param refundedAt when
 * @param orderAmount the refund in the order's currency
 * @param rate when paid in another currency: units of it per unit of the order's currency
 * @param rateDate the day of that rate
 */
public record RefundIssued(ReturnId returnId, OrderId order, CustomerId customer, AmountJson amount, String method,
		Instant refundedAt, AmountJson orderAmount, @Nullable BigDecimal rate, @Nullable LocalDate rateDate) {
}
