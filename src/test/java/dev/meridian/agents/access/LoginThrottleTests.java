package dev.meridian.agents.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void anAccountWaitsAfterFiveFailuresAndEachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
			assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0." + i)).isEmpty();
		}

		assertThat(this.throttle.attempt("ANA@meridian.example", "10.0.0.9")).contains(Duration.ofMinutes(1));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).isEmpty();
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).contains(Duration.ofMinutes(2));
		for (Duration wait : List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8))) {
			this.clock.advance(wait);
			assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).isEmpty();
		}
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).contains(LoginThrottle.LONGEST_WAIT);
		this.clock.advance(LoginThrottle.LONGEST_WAIT);
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).isEmpty();
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.9")).contains(LoginThrottle.LONGEST_WAIT);
	}

	@Test
	void refusedAttemptsDoNotLengthenTheWait() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
			this.throttle.attempt("ana@meridian.example", "10.0.0.1");
		}
		for (int i = 0; i < 50; i++) {
			assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.1")).isPresent();
		}

		this.clock.advance(Duration.ofMinutes(1));

		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.1")).isEmpty();
	}

	@Test
	void successForgetsTheAccountsFailuresAndGivesTheAddressItsSlotBack() {
		for (int i = 0; i < 4; i++) {
			this.throttle.attempt("ana@meridian.example", "10.0.0.1");
		}
		this.throttle.attempt("ana@meridian.example", "10.0.0.1");
		this.throttle.succeeded("ana@meridian.example", "10.0.0.1");

		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
			assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.2")).isEmpty();
		}
	}

	@Test
	void anAddressThatSignedInBeforeIsNotHeldBackByTheAccountsFailuresFromElsewhere() {
		this.throttle.attempt("admin@meridian.example", "192.0.2.10");
		this.throttle.succeeded("admin@meridian.example", "192.0.2.10");
		for (int i = 0; i < 20; i++) {
			this.throttle.attempt("admin@meridian.example", "203.0.113." + i);
		}

		assertThat(this.throttle.attempt("admin@meridian.example", "203.0.113.99")).isPresent();
		assertThat(this.throttle.attempt("admin@meridian.example", "192.0.2.10")).isEmpty();
	}

	@Test
	void failuresNobodyRepeatsForADayAreForgotten() {
		for (int i = 0; i < 12; i++) {
			this.clock.advance(LoginThrottle.LONGEST_WAIT);
			this.throttle.attempt("ana@meridian.example", "10.0.0.1");
		}
		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.1")).isPresent();

		this.clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));

		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.1")).isEmpty();
	}

	@Test
	void releasedAccountMaySignInAgainAtOnce() {
		for (int i = 0; i < 8; i++) {
			this.throttle.attempt("ana@meridian.example", "10.0.0.1");
			this.clock.advance(LoginThrottle.LONGEST_WAIT);
		}
		this.throttle.attempt("ana@meridian.example", "10.0.0.1");

		this.throttle.release("ana@meridian.example");

		assertThat(this.throttle.attempt("ana@meridian.example", "10.0.0.1")).isEmpty();
	}

	@Test
	void blocksAnAddressThatSpraysManyAccounts() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			this.throttle.attempt("user" + i + "@meridian.example", "203.0.113.9");
		}

		assertThat(this.throttle.attempt("someone.else@meridian.example", "203.0.113.9")).isPresent();
		assertThat(this.throttle.attempt("someone.else@meridian.example", "198.51.100.1")).isEmpty();
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
