/**
 * Returns (RMA) and refunds: each market's return policy, the checks a return request
 * must pass, a return's life cycle and its one refund in the order's currency.
 */
@NullMarked
@NamedInterface("returns")
package dev.meridian.commerce.returns;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
