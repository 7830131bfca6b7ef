/**
 * HTTP plumbing of the REST API: errors as problem+json, body size limits, idempotent
 * creation and request logs. {@link dev.meridian.web.api.ProblemWriter} and
 * {@link dev.meridian.web.api.Problems} are open to the security layer.
 */
@NullMarked
@NamedInterface("api")
package dev.meridian.web.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
