package dev.meridian.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a link mailed to someone to prove they read that address (a contact
 * form's confirmation, a privacy request, a return's access, a chat continued by mail, a
 * survey): 32 random bytes, URL-safe. Only its SHA-256 is stored, so a copy of the
 * database opens nothing.
 */
public record LinkToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static LinkToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether a link's parameter could be a token at all, so garbage is not hashed. */
	public static boolean plausible(String value) {
		return value.length() >= 20 && value.length() <= 100
				&& value.chars()
					.allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
							|| c == '-' || c == '_');
	}

	/** The hex SHA-256 of the token, the form it is stored and looked up in. */
	public String sha256() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Never in a log line. */
	@Override
	public String toString() {
		return "LinkToken[…]";
	}

}
