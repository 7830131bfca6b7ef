/**
 * Outbound mail: agent replies and notifications, queued in an outbox in the same
 * transaction as their cause, sent by SMTP and retried with back-off.
 */
@NullMarked
package dev.meridian.channels.email.outbound;

import org.jspecify.annotations.NullMarked;
