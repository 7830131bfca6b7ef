/**
 * The REST API of business calendars: public holidays and business-time arithmetic.
 */
@NullMarked
package dev.meridian.time.web;

import org.jspecify.annotations.NullMarked;
