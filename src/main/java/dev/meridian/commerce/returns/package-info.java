/**
 * Returns (RMA) and refunds: each market's return policy, the checks a return request
 * must pass, a return's life cycle and its one refund in the order's currency.
 */
@NullMarked
package dev.meridian.commerce.returns;

import org.jspecify.annotations.NullMarked;
