package dev.meridian.channels.chat.live;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;

import dev.meridian.tickets.TicketId;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.simp.SimpMessageHeaderAccessor;

/**
 * A visitor connected live, recognized by their token when they connected. The token
 * stays in memory only, to keep marking the visitor as connected while the socket lives.
 */
record LiveVisitor(UUID conversation, TicketId ticket, String token) implements Principal {

	/**
	 * The visitor of this conversation who sent a frame, read from the frame's headers;
	 * null when someone else sent it. Handlers take the headers rather than a
	 * {@code Principal} argument: for that, Spring asks whether the parameter may be null
	 * by reading the method's parameter annotations through reflection on every call (7 %
	 * of a busy node's samples with a line's handler).
	 */
	static @Nullable LiveVisitor sender(Map<String, Object> headers, UUID conversation) {
		return SimpMessageHeaderAccessor.getUser(headers) instanceof LiveVisitor visitor
				&& visitor.conversation().equals(conversation) ? visitor : null;
	}

	@Override
	public String getName() {
		return "visitor:" + this.conversation;
	}

	@Override
	public String toString() {
		return getName();
	}

}
