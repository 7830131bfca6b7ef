/**
 * The email channel: turns mail (fetched from IMAP mailboxes or posted to the inbound
 * endpoint) into tickets and messages, keeps what cannot be stored in a quarantine, and
 * delivers replies and notifications by SMTP through an outbox.
 */
@NullMarked
@ApplicationModule(displayName = "Email channel")
package dev.meridian.channels.email;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
