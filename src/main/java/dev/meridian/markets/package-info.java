/**
 * Markets: the countries a business sells in, with their languages, currency, time zone
 * and launch status, and the validated international values (language tags, country,
 * currency and zone codes) every other module builds on.
 */
@NullMarked
package dev.meridian.markets;

import org.jspecify.annotations.NullMarked;
