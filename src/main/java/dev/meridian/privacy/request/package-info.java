/**
 * Customers' own export and erasure requests: the admins' API to list and close them, and
 * what an erasure does to them.
 */
@NullMarked
package dev.meridian.privacy.request;

import org.jspecify.annotations.NullMarked;
