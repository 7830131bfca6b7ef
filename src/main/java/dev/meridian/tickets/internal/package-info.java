/**
 * Storage of tickets, messages and attachment files, and the inbox query.
 */
@NullMarked
package dev.meridian.tickets.internal;

import org.jspecify.annotations.NullMarked;
