package dev.meridian.agents;

import dev.meridian.InvalidValueException;

/**
 * How much work an agent takes at once: unresolved tickets in all, and of those, live
 * chats (a chat needs attention within seconds, so it counts separately).
 */
public record Capacity(int maxOpenTickets, int maxConcurrentChats) {

	/** What a new agent takes until someone says otherwise. */
	public static final Capacity DEFAULT = new Capacity(20, 3);

	static final int LIMIT = 1000;

	public Capacity {
		if (maxOpenTickets < 0 || maxOpenTickets > LIMIT) {
			throw new InvalidValueException("capacity.maxOpenTickets", "Must be between 0 and " + LIMIT);
		}
		if (maxConcurrentChats < 0 || maxConcurrentChats > LIMIT) {
			throw new InvalidValueException("capacity.maxConcurrentChats", "Must be between 0 and " + LIMIT);
		}
	}

}
