/**
 * Time: business calendars (weekly open intervals in an IANA zone, public holidays,
 * closures and one-off openings) and the arithmetic of business time on them.
 */
@NullMarked
package dev.meridian.time;

import org.jspecify.annotations.NullMarked;
