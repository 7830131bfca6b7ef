package dev.meridian.feedback.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a survey's link: 32 random bytes, URL-safe. Only its SHA-256 finds the
 * survey; the token itself is kept only until the mail is written.
 */
public record SurveyToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static SurveyToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether a path segment could be a token at all (so garbage is not hashed). */
	public static boolean plausible(String value) {
		return value.length() >= 20 && value.length() <= 100
				&& value.chars()
					.allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
							|| c == '-' || c == '_');
	}

	public String sha256() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "SurveyToken[…]";
	}

}
