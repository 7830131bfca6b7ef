package dev.meridian.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.meridian.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Seals and opens the secrets modules keep in their tables (mailbox passwords and OAuth
 * tokens) with the key from {@code MERIDIAN_SECRETS_KEY}. With an external database the
 * key is required and the server refuses to start without it; only the embedded mode
 * falls back to a well-known development key, and says so in the log.
 */
@Component
public class SecretsAtRest {

	private static final Logger log = LoggerFactory.getLogger(SecretsAtRest.class);

	private final SecretCipher cipher;

	SecretsAtRest(SecretsSettings settings, DatabaseMode mode) {
		this.cipher = cipher(settings, mode);
	}

	private static SecretCipher cipher(SecretsSettings settings, DatabaseMode mode) {
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
			throw new IllegalStateException("MERIDIAN_SECRETS_KEY is not set: with an external database, stored "
					+ "secrets (mailbox passwords and tokens) are sealed with a key of your own "
					+ "(openssl rand -base64 32)");
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
	 * The value sealed for its place, e.g. {@code email_mailboxes.secret:<id>}: it opens
	 * only there.
	 */
	public String seal(String plaintext, String purpose) {
		return this.cipher.seal(plaintext, purpose);
	}

	/**
	 * @throws SecretUnreadableException if it was changed or sealed with another key
	 */
	public String open(String sealed, String purpose) {
		return this.cipher.open(sealed, purpose);
	}

}
