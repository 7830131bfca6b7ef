package dev.meridian.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The server's clock in integration tests: real time, which a test may shift to play a
 * scene at another moment ("03:00 in Tokyo on a public holiday") while time still passes.
 * Tests share one server, so a test that shifts it must {@link #reset()} it when done.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	private static final ShiftedClock CLOCK = new ShiftedClock();

	@Bean
	@Primary
	Clock shiftableClock() {
		return CLOCK;
	}

	/** Makes the server's "now" the given instant; time goes on from there. */
	public static void travelTo(Instant now) {
		CLOCK.offset = Duration.between(Instant.now(), now);
	}

	/**
	 * Lets this much of the server's time pass at once, for a test that waits for an
	 * expiry (a cache, a lock) without waiting for real.
	 */
	public static void advance(Duration duration) {
		CLOCK.offset = CLOCK.offset.plus(duration);
	}

	/** Back to real time. */
	public static void reset() {
		CLOCK.offset = Duration.ZERO;
	}

	static final class ShiftedClock extends Clock {

		volatile Duration offset = Duration.ZERO;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.offset(Clock.system(zone), this.offset);
		}

		@Override
		public Instant instant() {
			// Microseconds, as the server's own clock and PostgreSQL keep them.
			return Instant.now().plus(this.offset).truncatedTo(ChronoUnit.MICROS);
		}

	}

}
