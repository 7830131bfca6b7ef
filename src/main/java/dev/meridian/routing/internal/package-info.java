/**
 * Storage of the routing queue.
 */
@NullMarked
package dev.meridian.routing.internal;

import org.jspecify.annotations.NullMarked;
