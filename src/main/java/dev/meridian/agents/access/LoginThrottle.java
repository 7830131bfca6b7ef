package dev.meridian.agents.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed sign-ins for one account, or 30 from one
 * address, within 15 minutes, further attempts are refused until the window has passed.
 * Kept in memory: a restart forgives, which is acceptable for a throttle.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, Instant since) {
	}

	/** How long the caller must wait, if it must. */
	Optional<Duration> blockedFor(String account, String address) {
		Instant now = this.clock.instant();
		return blocked(accountKey(account), MAX_FAILURES_PER_ACCOUNT, now)
			.or(() -> blocked(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
	}

	void failed(String account, String address) {
		Instant now = this.clock.instant();
		count(accountKey(account), now);
		count(addressKey(address), now);
		if (this.failures.size() > 100_000) {
			this.failures.entrySet().removeIf(entry -> entry.getValue().since().plus(WINDOW).isBefore(now));
		}
	}

	void succeeded(String account) {
		this.failures.remove(accountKey(account));
	}

	private Optional<Duration> blocked(String key, int max, Instant now) {
		Failures recorded = this.failures.get(key);
		if (recorded == null || recorded.count() < max) {
			return Optional.empty();
		}
		Instant until = recorded.since().plus(WINDOW);
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	private void count(String key, Instant now) {
		this.failures.compute(key, (k, recorded) -> recorded == null || recorded.since().plus(WINDOW).isBefore(now)
				? new Failures(1, now) : new Failures(recorded.count() + 1, recorded.since()));
	}

	private static String accountKey(String account) {
		return "account:" + account.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
