/**
 * Consent through the API (agents and admins record what a customer said), and in the
 * customer's export and erasure.
 */
@NullMarked
package dev.meridian.privacy.consent;

import org.jspecify.annotations.NullMarked;
