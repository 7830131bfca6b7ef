package dev.meridian.agents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a token secret. SHA-256 without salt is enough: the secrets are 256
 * random bits, not passwords, and the hash must be found by equality.
 */
public final class TokenHashes {

	private TokenHashes() {
	}

	public static String of(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
