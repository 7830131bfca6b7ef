/**
 * The commerce REST API: orders, returns and refunds, return policies. The Shopify
 * webhook lives with its mapping in {@code dev.meridian.commerce.shopify}.
 */
@NullMarked
package dev.meridian.commerce.web;

import org.jspecify.annotations.NullMarked;
