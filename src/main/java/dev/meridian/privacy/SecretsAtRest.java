package dev.meridian.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

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
 * <p>
 * Rotating the key: set the new key as {@code MERIDIAN_SECRETS_KEY} and the old one in
 * {@code MERIDIAN_SECRETS_PREVIOUSKEYS}. Values sealed with an old key still open, and
 * the module that stores them seals them again with the new key ({@link #resealed}) on
 * start; once that is logged on every node, the old key can go.
 */
@Component
public class SecretsAtRest {

	private static final Logger log = LoggerFactory.getLogger(SecretsAtRest.class);

	private final @Nullable SecretCipher cipher;

	private final List<SecretCipher> previous;

	SecretsAtRest(SecretsSettings settings, DatabaseMode mode) {
		this.cipher = cipher(settings, mode);
		this.previous = settings.previousKeys().stream().map(SecretsAtRest::previousKey).toList();
		if (!this.previous.isEmpty() && this.cipher == null) {
			log.warn("MERIDIAN_SECRETS_PREVIOUSKEYS is set without MERIDIAN_SECRETS_KEY: "
					+ "secrets cannot be sealed again until the new key is set");
		}
	}

	private static SecretCipher previousKey(String key) {
		try {
			return SecretCipher.fromBase64(key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"Each of MERIDIAN_SECRETS_PREVIOUSKEYS must be 32 bytes in base64: " + ex.getMessage(), ex);
		}
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
		try {
			return this.cipher.open(sealed, purpose);
		}
		catch (SecretUnreadableException current) {
			for (SecretCipher old : this.previous) {
				try {
					return old.open(sealed, purpose);
				}
				catch (SecretUnreadableException ignored) {
					// the next previous key, if any
				}
			}
			throw current;
		}
	}

	/**
	 * The value sealed again with the current key when it was sealed with a previous one;
	 * empty when it already opens with the current key.
	 * @throws SecretUnreadableException if no key, current or previous, opens it
	 */
	public Optional<String> resealed(String sealed, String purpose) {
		if (this.cipher == null) {
			throw new SecretsKeyMissingException();
		}
		try {
			this.cipher.open(sealed, purpose);
			return Optional.empty();
		}
		catch (SecretUnreadableException notCurrent) {
			return Optional.of(this.cipher.seal(open(sealed, purpose), purpose));
		}
	}

}
