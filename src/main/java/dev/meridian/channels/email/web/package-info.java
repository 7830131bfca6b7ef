/**
 * The email channel's HTTP side: the inbound endpoint for mail services, the admin API
 * and screens for mailboxes and the quarantine.
 */
@NullMarked
package dev.meridian.channels.email.web;

import org.jspecify.annotations.NullMarked;
