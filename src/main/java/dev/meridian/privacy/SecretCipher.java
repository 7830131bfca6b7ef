package dev.meridian.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets that must be stored (a mailbox's password, an OAuth token) with
 * AES-256-GCM: a fresh 96-bit nonce per value, the 128-bit tag checked on opening, and
 * the value's purpose (e.g. {@code email_mailboxes.secret:<id>}) as associated data, so a
 * sealed value copied onto another row does not open there. A sealed value reads
 * {@code v1:<base64 of nonce and ciphertext>}.
 */
public final class SecretCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/**
	 * @param key 32 bytes
	 */
	public SecretCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("A secrets key is 32 bytes (AES-256), not " + key.length);
		}
		this.key = new SecretKeySpec(key.clone(), "AES");
	}

	/**
	 * The key as the environment gives it: 32 bytes in base64
	 * ({@code openssl rand -base64 32}).
	 * @throws IllegalArgumentException if it is not
	 */
	public static SecretCipher fromBase64(String key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The secrets key is not base64", ex);
		}
		return new SecretCipher(bytes);
	}

	public String seal(String plaintext, String purpose) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES/GCM", ex);
		}
	}

	/**
	 * The plaintext of a sealed value.
	 * @throws SecretUnreadableException if the value was changed, sealed for another
	 * purpose or with another key, or is not a sealed value
	 */
	public String open(String sealed, String purpose) {
		if (!sealed.startsWith(PREFIX)) {
			throw new SecretUnreadableException(purpose, "not a sealed value");
		}
		byte[] in;
		try {
			in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new SecretUnreadableException(purpose, "not base64");
		}
		if (in.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new SecretUnreadableException(purpose, "too short");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new SecretUnreadableException(purpose, "changed, or sealed with another key");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES/GCM", ex);
		}
	}

}
