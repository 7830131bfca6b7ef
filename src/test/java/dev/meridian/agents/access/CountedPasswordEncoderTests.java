package dev.meridian.agents.access;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class CountedPasswordEncoderTests {

	private final CountedPasswordEncoder encoder = new CountedPasswordEncoder(new BCryptPasswordEncoder(4),
			new SimpleMeterRegistry());

	@Test
	void anAttemptLongerThanBcryptReadsNeverMatchesThePasswordItStartsWith() {
		String password = "a".repeat(72);
		String hash = this.encoder.encode(password);

		assertThat(this.encoder.matches(password, hash)).isTrue();
		assertThat(this.encoder.matches(password + "anything after the 72nd byte", hash)).isFalse();
	}

	@Test
	void bytesNotLettersAreCounted() {
		String password = "ü".repeat(36); // 72 bytes in UTF-8
		String hash = this.encoder.encode(password);

		assertThat(this.encoder.matches(password, hash)).isTrue();
		assertThat(this.encoder.matches(password + "ü", hash)).isFalse();
	}

}
