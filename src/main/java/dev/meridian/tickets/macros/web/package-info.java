/**
 * Macros over HTTP: the REST API under {@code /api/v1/macros} and the reply box's
 * keyboard search and insertion (htmx).
 */
@NullMarked
package dev.meridian.tickets.macros.web;

import org.jspecify.annotations.NullMarked;
