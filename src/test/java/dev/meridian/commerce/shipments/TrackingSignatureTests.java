package dev.meridian.commerce.shipments;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingSignatureTests {

	private static final byte[] BODY = "{\"trackingNumber\":\"1Z999\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsWithTheHexOfHmacSha256() {
		// RFC 4231, test case 2.
		assertThat(TrackingSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void acceptsItsOwnSignatureInEitherCase() {
		String header = TrackingSignature.sign("secret", BODY);
		assertThat(TrackingSignature.verify("secret", BODY, header)).isTrue();
		assertThat(TrackingSignature.verify("secret", BODY, header.toUpperCase(java.util.Locale.ROOT))).isTrue();
	}

	@Test
	void refusesAnotherSecretAnotherBodyAndMalformedHeaders() {
		String header = TrackingSignature.sign("secret", BODY);
		assertThat(TrackingSignature.verify("other", BODY, header)).isFalse();
		assertThat(TrackingSignature.verify("secret", "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
		assertThat(TrackingSignature.verify("secret", BODY, null)).isFalse();
		assertThat(TrackingSignature.verify("secret", BODY, header.substring("sha256=".length()))).isFalse();
		assertThat(TrackingSignature.verify("secret", BODY, "sha256=zz")).isFalse();
		assertThat(TrackingSignature.verify("secret", BODY, "sha256=")).isFalse();
		assertThat(TrackingSignature.verify("", BODY, header)).isFalse();
	}

}
