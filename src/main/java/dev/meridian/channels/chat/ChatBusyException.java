package dev.meridian.channels.chat;

import java.time.Duration;

/**
 * This node is working on as many visitors' lines as it takes at once, and none finished
 * within the wait: the line is refused, nothing stored, to be sent again after
 * {@link #retryAfter()}.
 */
public class ChatBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ChatBusyException(Duration retryAfter) {
		super("The chat is busy; nothing was stored. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
