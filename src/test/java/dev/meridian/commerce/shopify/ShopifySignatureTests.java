package dev.meridian.commerce.shopify;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifySignatureTests {

	static final byte[] BODY = "{\"id\":1,\"name\":\"#1001\"}".getBytes(StandardCharsets.UTF_8);

	/**
	 * Computed independently: printf BODY | openssl dgst -sha256 -hmac SECRET -binary |
	 * base64
	 */
	static final String OPENSSL_SIGNATURE = "V0A4JbchZkpgnLRKUtMveg/jm4yEjIUAfdVth08uzWg=";

	@Test
	void signsAsShopifyDoesBase64OfHmacSha256OverTheRawBody() {
		assertThat(ShopifySignature.sign("shpss_test_secret", BODY)).isEqualTo(OPENSSL_SIGNATURE);
		assertThat(ShopifySignature.verify("shpss_test_secret", BODY, OPENSSL_SIGNATURE)).isTrue();
	}

	@Test
	void refusesAWrongMissingOrMalformedSignature() {
		assertThat(ShopifySignature.verify("another_secret", BODY, OPENSSL_SIGNATURE)).isFalse();
		assertThat(ShopifySignature.verify("shpss_test_secret", BODY, null)).isFalse();
		assertThat(ShopifySignature.verify("shpss_test_secret", BODY, "")).isFalse();
		assertThat(ShopifySignature.verify("shpss_test_secret", BODY, "not base64 !")).isFalse();
		// Hex instead of base64 is not Shopify's header.
		assertThat(ShopifySignature.verify("shpss_test_secret", BODY,
				java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(OPENSSL_SIGNATURE))))
			.isFalse();
	}

	@Test
	void aSingleChangedByteOfTheBodyBreaksTheSignature() {
		byte[] changed = BODY.clone();
		changed[changed.length - 3]++;
		assertThat(ShopifySignature.verify("shpss_test_secret", changed, OPENSSL_SIGNATURE)).isFalse();
		// Re-serialized JSON (a space added) is not the raw body either.
		byte[] reformatted = "{\"id\": 1,\"name\":\"#1001\"}".getBytes(StandardCharsets.UTF_8);
		assertThat(ShopifySignature.verify("shpss_test_secret", reformatted, OPENSSL_SIGNATURE)).isFalse();
	}

	@Test
	void aShopsOwnSecretWinsOverTheCommonOne() {
		ShopifySettings settings = new ShopifySettings("common", Map.of("eu-store.myshopify.com", "own"));
		assertThat(settings.secretFor("EU-Store.myshopify.com")).contains("own");
		assertThat(settings.secretFor("other.myshopify.com")).contains("common");
		assertThat(settings.secretFor(null)).contains("common");
		assertThat(new ShopifySettings(null, null).secretFor("x.myshopify.com")).isEmpty();
		assertThat(new ShopifySettings(" ", null).secretFor("x.myshopify.com")).isEmpty();
	}

}
