package dev.meridian.channels.chat.live;

import java.security.Principal;
import java.util.UUID;

import dev.meridian.tickets.TicketId;

/**
 * A visitor connected live, recognized by their token when they connected. The token
 * stays in memory only, to keep marking the visitor as connected while the socket lives.
 */
record LiveVisitor(UUID conversation, TicketId ticket, String token) implements Principal {

	@Override
	public String getName() {
		return "visitor:" + this.conversation;
	}

	@Override
	public String toString() {
		return getName();
	}

}
