package dev.meridian.channels.chat;

/**
 * A visitor's message is longer than the chat accepts. Nothing of it is stored.
 */
public class ChatMessageTooLongException extends RuntimeException {

	private final int maxChars;

	ChatMessageTooLongException(int maxChars) {
		super("A chat message has at most " + maxChars + " characters");
		this.maxChars = maxChars;
	}

	public int maxChars() {
		return this.maxChars;
	}

}
