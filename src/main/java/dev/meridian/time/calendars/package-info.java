/**
 * Business calendars stored per market and team.
 */
@NullMarked
package dev.meridian.time.calendars;

import org.jspecify.annotations.NullMarked;
