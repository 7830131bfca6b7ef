/**
 * Goodwill on a ticket: refunds and credits an agent grants within their authority (a
 * limit per role or per agent, in the market's currency), and the supervisor's approval
 * of those above it.
 */
@NullMarked
package dev.meridian.commerce.goodwill;

import org.jspecify.annotations.NullMarked;
