/**
 * The tickets REST API and the agent workspace screens for tickets.
 */
@NullMarked
package dev.meridian.tickets.web;

import org.jspecify.annotations.NullMarked;
