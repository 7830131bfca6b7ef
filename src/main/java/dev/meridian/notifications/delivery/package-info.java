/**
 * Deciding, timing and sending notifications: the sending window (quiet hours and public
 * holidays in the customer's zone), the table-backed queue, the texts per language, and
 * the delivery as a message on the customer's ticket about the order.
 */
@NullMarked
package dev.meridian.notifications.delivery;

import org.jspecify.annotations.NullMarked;
