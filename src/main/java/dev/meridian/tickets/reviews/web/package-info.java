/**
 * Conversation reviews over HTTP: the REST API and the review panel on a solved ticket's
 * screen, and the reviewed agent's own list.
 */
@NullMarked
package dev.meridian.tickets.reviews.web;

import org.jspecify.annotations.NullMarked;
