package dev.meridian;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetTests {

	@Test
	void survivesTheRoundTripThroughACursor() {
		Keyset keyset = new Keyset(Instant.parse("2026-11-22T10:15:30.123456Z"), UUID.randomUUID());

		assertThat(Keyset.decode(keyset.encode())).isEqualTo(keyset);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "garbage", "!!!", "MjAyNi0xMS0yMg" })
	void refusesCursorsItDidNotHandOut(String cursor) {
		assertThatThrownBy(() -> Keyset.decode(cursor)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).field())
			.isEqualTo("cursor");
	}

}
