package dev.meridian.channels.chat;

import java.time.Duration;

/**
 * A visitor or an address sent more than the chat accepts in a short time: refused until
 * {@link #retryAfter()} has passed, and nothing stored.
 */
public class ChatFloodException extends RuntimeException {

	private final Duration retryAfter;

	public ChatFloodException(String what, Duration retryAfter) {
		super("Too many " + what + " in a short time; try again in " + Math.max(1, retryAfter.toSeconds())
				+ " seconds");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
