/**
 * Mailboxes: their IMAP and SMTP settings, polling them without losing or duplicating
 * mail, and sending through them.
 */
@NullMarked
package dev.meridian.channels.email.mailbox;

import org.jspecify.annotations.NullMarked;
