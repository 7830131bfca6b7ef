package dev.meridian.agents.access;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, counting checks as {@code meridian.sign-in.password-checks}: each
 * is a bcrypt, the most expensive thing an anonymous caller can make the server do, so
 * their rate shows both load and guessing (compare with failed sign-ins).
 */
class CountedPasswordEncoder implements PasswordEncoder {

	private static final int MAXIMUM_BYTES = 72;

	private final PasswordEncoder delegate;

	private final Counter checks;

	CountedPasswordEncoder(PasswordEncoder delegate, MeterRegistry meters) {
		this.delegate = delegate;
		this.checks = Counter.builder("meridian.sign-in.password-checks")
			.description("Passwords checked (one bcrypt each)")
			.register(meters);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		this.checks.increment();
		// bcrypt reads only the first 72 bytes: a longer attempt could match a 72-byte
		// password it merely starts with. No password that long can be set, so it is
		// wrong.
		if (rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return false;
		}
		return this.delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
