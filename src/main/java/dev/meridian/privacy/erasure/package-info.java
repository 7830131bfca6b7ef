/**
 * Erasure: every module anonymizes what it holds about a customer, in one transaction,
 * then the stores outside the database follow.
 */
@NullMarked
package dev.meridian.privacy.erasure;

import org.jspecify.annotations.NullMarked;
