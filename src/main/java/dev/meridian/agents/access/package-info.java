/**
 * Signing in: agents' passwords with throttled form login, API tokens with scopes (stored
 * as hashes), roles enforced on every endpoint and screen.
 */
@NullMarked
package dev.meridian.agents.access;

import org.jspecify.annotations.NullMarked;
