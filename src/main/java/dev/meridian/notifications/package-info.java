/**
 * Proactive notifications: a customer hears from us, in their language and on their
 * channel, when their shipment gets stuck (an exception, a failed delivery attempt, a
 * customs hold), never during their quiet hours or public holidays, never twice for the
 * same tracking event, and not at all once they opted out.
 */
@NullMarked
package dev.meridian.notifications;

import org.jspecify.annotations.NullMarked;
