package dev.meridian.commerce.shipments;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The tracking webhook's signature: {@code X-Meridian-Signature: sha256=<hex>}, the
 * lower-case hex of HMAC-SHA256 over the raw body bytes keyed with the shared secret.
 * Checked over the bytes as received and compared in constant time.
 */
public final class TrackingSignature {

	private static final String PREFIX = "sha256=";

	private TrackingSignature() {
	}

	/** The header value a sender puts on this body. */
	public static String sign(String secret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
	}

	/** Whether the header is the signature of the body with the secret. */
	public static boolean verify(String secret, byte[] body, @Nullable String header) {
		if (secret.isBlank() || header == null) {
			return false;
		}
		String value = header.strip();
		if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(value.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		// MessageDigest.isEqual takes the same time wherever the first difference is.
		return MessageDigest.isEqual(hmac(secret, body), given);
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
