package dev.meridian.channels.email.intake;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

import dev.meridian.tickets.SenderAuthentication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationResultsTests {

	private static byte[] mail(String head) {
		return (head + "\r\n\r\nBody\r\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void readsSpfDkimAndDmarcOfTheTopmostHeader() {
		SenderAuthentication results = AuthenticationResults.of(mail("""
				Authentication-Results: mx.shop.example;\r
				 spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=customer.example;\r
				 dkim=pass header.d=customer.example header.s=sel;\r
				 dmarc=pass (p=reject dis=none) header.from=customer.example\r
				Authentication-Results: forged.example; spf=fail; dkim=fail; dmarc=fail\r
				From: a@customer.example\r
				Subject: Hi"""), Set.of());
		assertThat(results).isEqualTo(new SenderAuthentication("mx.shop.example", "pass", "pass", "pass"));
		assertThat(results.passed()).isTrue();
		assertThat(results.failed()).isFalse();
	}

	@Test
	void believesOnlyTheTrustedAuthservId() {
		byte[] raw = mail("""
				Authentication-Results: forged.example; spf=pass; dkim=pass; dmarc=pass\r
				Authentication-Results: MX.Shop.Example 1; spf = softfail smtp.mailfrom=x.example; dmarc=fail\r
				From: a@x.example""");
		assertThat(AuthenticationResults.of(raw, Set.of("mx.shop.example")))
			.isEqualTo(new SenderAuthentication("mx.shop.example", "softfail", null, "fail"));
		assertThat(AuthenticationResults.of(raw, Set.of("other.example"))).isNull();
	}

	@Test
	void oneOfSeveralSignaturesPassingIsADkimPassAndCommentsAndQuotesAreSkipped() {
		SenderAuthentication results = AuthenticationResults.parse(
				"mx.example (a comment; with (nested) semicolons); dkim=fail header.d=\"a;b\"; dkim=pass (ok) header.d=c.example;"
						+ " unknown=pass; spf=(odd) neutral",
				Set.of());
		assertThat(results).isEqualTo(new SenderAuthentication("mx.example", "neutral", "pass", null));
	}

	@Test
	void noResultsAndMalformedHeadersGiveNothing() {
		assertThat(AuthenticationResults.of(mail("Authentication-Results: mx.example; none\r\nFrom: a@b.example"),
				Set.of()))
			.isNull();
		assertThat(AuthenticationResults.of(mail("From: a@b.example"), Set.of())).isNull();
		assertThat(AuthenticationResults.parse(";;;===((((", Set.of())).isNull();
		assertThat(AuthenticationResults.parse("mx.example; spf=p4ss", Set.of())).isNull();
	}

	/** Seeded hostile headers: unclosed comments, long runs, many parts. None throws. */
	@Test
	void hostileHeadersAreReadInOnePass() {
		Random random = new Random(8601);
		String[] pieces = { "(", ")", ";", "=", "\"", "\\", " ", "spf", "dkim=pass", "\r\n ", "a" };
		for (int round = 0; round < 200; round++) {
			StringBuilder value = new StringBuilder("Authentication-Results: mx.example;");
			int length = random.nextInt(20_000);
			while (value.length() < length) {
				value.append(pieces[random.nextInt(pieces.length)]);
			}
			AuthenticationResults.of(mail(value.toString()), Set.of());
		}
		String whitespace = "mx.example; spf" + " ".repeat(60_000) + "x";
		assertThat(AuthenticationResults.parse(whitespace, Set.of())).isNull();
	}

}
