/**
 * The admins' API for legal holds per market: which order fields an erasure keeps, and
 * for how many years.
 */
@NullMarked
package dev.meridian.privacy.hold;

import org.jspecify.annotations.NullMarked;
