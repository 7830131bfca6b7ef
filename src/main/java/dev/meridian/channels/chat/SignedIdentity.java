package dev.meridian.channels.chat;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A customer the shop vouches for: their email address and the shop's HMAC-SHA256 of it
 * (hex) under the secret the shop shares with Meridian, computed on the shop's server so
 * the secret never reaches a browser. A visitor cannot claim someone else's address, and
 * so cannot read their orders or conversations.
 *
 * @param email the customer's address as the shop knows it
 * @param signature hex HMAC-SHA256 of {@code email} (UTF-8) under the shop's secret
 */
public record SignedIdentity(String email, String signature) {

	/** Whether the shop signed this address; false without a configured secret. */
	boolean verifiedWith(@Nullable String secret) {
		if (secret == null || secret.isBlank()) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(this.signature.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal(this.email.getBytes(StandardCharsets.UTF_8));
			return MessageDigest.isEqual(expected, given);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Refuses a signature that does not match: a forged identity is never ignored
	 * quietly.
	 */
	void requireVerifiedWith(@Nullable String secret) {
		if (!verifiedWith(secret)) {
			throw new InvalidValueException("identity.signature",
					"The shop's signature of this address does not match (HMAC-SHA256 of the email address, hex, "
							+ "under the chat identity secret)");
		}
	}

}
