/**
 * The rollups behind the reports: the listeners that update them, the distributions they
 * keep, and the command that recomputes them from scratch.
 */
@NullMarked
package dev.meridian.analytics.internal;

import org.jspecify.annotations.NullMarked;
