/**
 * Public holidays from Jollyday, corrected by the reviewed overrides in
 * {@code time/holiday-overrides.json}.
 */
@NullMarked
package dev.meridian.time.holidays;

import org.jspecify.annotations.NullMarked;
