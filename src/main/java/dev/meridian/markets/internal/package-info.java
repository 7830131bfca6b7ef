/**
 * Storage of markets.
 */
@NullMarked
package dev.meridian.markets.internal;

import org.jspecify.annotations.NullMarked;
