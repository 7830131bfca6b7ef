/**
 * Customs rules per destination market and period, duty rates by HS code, and the
 * landed-cost estimate with its plain-language explanation.
 */
@NullMarked
package dev.meridian.commerce.customs;

import org.jspecify.annotations.NullMarked;
