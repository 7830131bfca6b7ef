package dev.meridian.commerce.shopify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Shopify's webhook signature: {@code X-Shopify-Hmac-Sha256} is the base64 of HMAC-SHA256
 * over the raw body bytes, keyed with the shared secret. Checked over the bytes as
 * received (never re-serialized JSON) and compared in constant time.
 */
final class ShopifySignature {

	/** Keyed Macs by secret: a handful of shops, so the map stays small. */
	private static final Map<String, Mac> KEYED = new ConcurrentHashMap<>();

	private ShopifySignature() {
	}

	/** The header value Shopify sends for this body. */
	static String sign(String secret, byte[] body) {
		return Base64.getEncoder().encodeToString(hmac(secret, body));
	}

	/** Whether the header is the signature of the body with the secret. */
	static boolean verify(String secret, byte[] body, @Nullable String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		byte[] given;
		try {
			given = Base64.getDecoder().decode(header.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		// MessageDigest.isEqual takes the same time wherever the first difference is.
		return MessageDigest.isEqual(hmac(secret, body), given);
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			// A copy of a Mac keyed once per secret: no provider lookup and no key set-up
			// per delivery; each call has its own copy, so threads share no state.
			Mac mac = (Mac) KEYED.computeIfAbsent(secret, ShopifySignature::keyed).clone();
			return mac.doFinal(body);
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 cannot be copied", ex);
		}
	}

	private static Mac keyed(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// Every Java runtime has HmacSHA256, and any non-empty key is valid for it.
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
