/**
 * The chat channel: a visitor on a shop's site talks to the team through a small widget.
 * A chat is a ticket with channel {@code CHAT}; its messages are the ticket's, so
 * routing, service levels, translation and the customer 360 apply as to any ticket.
 * Visitors are known by a token only their browser holds, or by the identity the shop
 * signs for them.
 */
@NullMarked
@ApplicationModule(displayName = "Chat channel")
package dev.meridian.channels.chat;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
