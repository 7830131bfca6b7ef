package dev.meridian.commerce;

import java.time.Instant;
import java.util.List;

import dev.meridian.customers.CustomerId;

/**
 * A customer asked to return items of an order and the return policy allowed it.
 *
 * @param returnId the return
 * @param order the order the items come from
 * @param customer who asked
 * @param skus the SKUs asked to be returned
 * @param requestedAt when
 */
public record ReturnRequested(ReturnId returnId, OrderId order, CustomerId customer, List<String> skus,
		Instant requestedAt) {
}
