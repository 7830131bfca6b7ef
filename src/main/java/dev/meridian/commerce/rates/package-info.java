/**
 * Dated exchange rates: stored per currency pair and day (ECB reference rates or entered
 * by hand), read through our own JSR 354 provider, and imported once per cluster.
 */
@NullMarked
package dev.meridian.commerce.rates;

import org.jspecify.annotations.NullMarked;
