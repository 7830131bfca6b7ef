/**
 * Storage of customers and organizations.
 */
@NullMarked
package dev.meridian.customers.internal;

import org.jspecify.annotations.NullMarked;
