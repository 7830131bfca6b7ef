/**
 * The admins' privacy screens in the workspace: customers' requests with their due dates,
 * and a customer's exports and erasure, started and followed from there. They use the
 * workspace layout's templates and formatters, not its classes: the web module depends on
 * privacy.
 */
@NullMarked
package dev.meridian.privacy.web;

import org.jspecify.annotations.NullMarked;
