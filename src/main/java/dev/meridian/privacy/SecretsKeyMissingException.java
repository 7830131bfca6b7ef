package dev.meridian.privacy;

import dev.meridian.DomainException;

/**
 * A secret was to be stored while the server runs on an external database without
 * {@code MERIDIAN_SECRETS_KEY}: it is refused rather than stored readable.
 */
public class SecretsKeyMissingException extends DomainException {

	public SecretsKeyMissingException() {
		super(Kind.CONFLICT, "MERIDIAN_SECRETS_KEY is not set: with an external database, secrets such as mailbox "
				+ "passwords are stored only sealed with a key of your own (openssl rand -base64 32)");
	}

	@Override
	public String type() {
		return "secrets-key-missing";
	}

}
