package dev.meridian.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.meridian.database.DatabaseMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Seals and opens the secrets modules keep in their tables (mailbox passwords and OAuth
 * tokens) with the key from {@code MERIDIAN_SECRETS_KEY}. With an external database the
 * key is required to store a secret: without it the server starts (a benchmark or a
 * deployment without mailboxes needs none) and says so in the log, but refuses to seal or
 * open one. Only the embedded mode falls back to a well-known development key, and says
 * so in the log.
 */
@Component
public class SecretsAtRest {

	private static final Logger log = LoggerFactory.getLogger(SecretsAtRest.class);

	private final @Nullable SecretCipher cipher;

	SecretsAtRest(SecretsSettings settings, DatabaseMode mode) {
		this.cipher = cipher(settings, mode);
	}

	private static @Nullable SecretCipher cipher(SecretsSettings settings, DatabaseMode mode) {
		if (settings.key() != null && !settings.key().isBlank()) {
			try {
				return SecretCipher.fromBase64(settings.key());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"MERIDIAN_SECRETS_KEY must be 32 random bytes in base64 (openssl rand -base64 32): "
								+ ex.getMessage(),
						ex);
			}
		}
		if (mode == DatabaseMode.EXTERNAL) {
			log.warn("MERIDIAN_SECRETS_KEY is not set: with an external database, mailbox passwords and tokens "
					+ "cannot be stored or read until it is (openssl rand -base64 32)");
			return null;
		}
		log.warn("MERIDIAN_SECRETS_KEY is not set: stored secrets are sealed with the embedded mode's development "
				+ "key, which anyone can read in the source. Set it before keeping real passwords here.");
		return new SecretCipher(developmentKey());
	}

	private static byte[] developmentKey() {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest("meridian embedded development secrets key".getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Whether secrets can be sealed and opened: a key is set, or the mode is embedded.
	 */
	public boolean available() {
		return this.cipher != null;
	}

	/**
	 * The value sealed for its place, e.g. {@code email_mailboxes.secret:<id>}: it opens
	 * only there.
	 */
	public String seal(String plaintext, String purpose) {
		if (this.cipher == null) {
			throw new SecretsKeyMissingException();
		}
		return this.cipher.seal(plaintext, purpose);
	}

	/**
	 * @throws SecretUnreadableException if it was changed or sealed with another key
	 */
	public String open(String sealed, String purpose) {
		if (this.cipher == null) {
			throw new SecretUnreadableException(purpose, "MERIDIAN_SECRETS_KEY is not set");
		}
		return this.cipher.open(sealed, purpose);
	}

}
