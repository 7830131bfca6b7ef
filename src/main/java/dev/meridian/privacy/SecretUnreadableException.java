package dev.meridian.privacy;

/**
 * A stored secret does not open: it was tampered with, or the server runs with another
 * {@code MERIDIAN_SECRETS_KEY} than the one that sealed it.
 */
public class SecretUnreadableException extends RuntimeException {

	public SecretUnreadableException(String purpose, String reason) {
		super("The stored secret " + purpose + " cannot be read: " + reason);
	}

}
