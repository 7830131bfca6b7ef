package dev.meridian.agents.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void blocksAnAccountAfterFiveFailuresForFifteenMinutes() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
			this.throttle.failed("ana@meridian.example", "10.0.0.1");
		}
		assertThat(this.throttle.blockedFor("ana@meridian.example", "10.0.0.1")).isEmpty();

		this.throttle.failed("ANA@meridian.example", "10.0.0.2");

		assertThat(this.throttle.blockedFor("ana@meridian.example", "10.0.0.3")).isPresent();
		this.clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
		assertThat(this.throttle.blockedFor("ana@meridian.example", "10.0.0.3")).isEmpty();
	}

	@Test
	void successForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("ana@meridian.example", "10.0.0.1");
		}
		this.throttle.succeeded("ana@meridian.example");
		this.throttle.failed("ana@meridian.example", "10.0.0.1");

		assertThat(this.throttle.blockedFor("ana@meridian.example", "10.0.0.1")).isEmpty();
	}

	@Test
	void blocksAnAddressThatSpraysManyAccounts() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			this.throttle.failed("user" + i + "@meridian.example", "203.0.113.9");
		}

		assertThat(this.throttle.blockedFor("someone.else@meridian.example", "203.0.113.9")).isPresent();
		assertThat(this.throttle.blockedFor("someone.else@meridian.example", "198.51.100.1")).isEmpty();
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
