package dev.meridian.agents.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by account and by client address.
 * <ul>
 * <li>Every attempt is counted <em>before</em> its password is checked, so guesses sent
 * in parallel cannot slip past the count: each takes a slot or is refused.</li>
 * <li>After 5 failures for an account (30 for an address) the next attempt waits 1
 * minute, and each further failure doubles the wait up to 15 minutes: a back-off, never a
 * lock that someone else could keep shut for good.</li>
 * <li>An address that has signed in to an account before is not held back by that
 * account's failures (only by its own), so a stranger's guesses cannot lock an admin out
 * of the office they work from.</li>
 * <li>A success forgets the account's failures; failures nobody repeats for a day are
 * forgotten too.</li>
 * </ul>
 * The address is the client's as the servlet container sees it: behind a proxy, set
 * {@code server.forward-headers-strategy=native} so it is the forwarded one. Kept in
 * memory per server: a restart forgives, which is acceptable for a throttle.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES_PER_ACCOUNT = 5;

	static final int FREE_FAILURES_PER_ADDRESS = 30;

	static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 10;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, Instant last) {

		Instant nextAllowed(int free) {
			if (this.count < free) {
				return this.last;
			}
			int doublings = Math.min(this.count - free, 10);
			Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
			return this.last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
		}

	}

	/**
	 * Takes a slot for one attempt, counted as a failure until {@link #succeeded} says
	 * otherwise; or, when the account or address must wait, how long.
	 */
	synchronized Optional<Duration> attempt(String account, String address) {
		Instant now = this.clock.instant();
		String accountKey = accountKey(account);
		String addressKey = addressKey(address);
		Instant allowedAt = nextAllowed(addressKey, FREE_FAILURES_PER_ADDRESS, now);
		if (!isKnown(accountKey, address)) {
			Instant forAccount = nextAllowed(accountKey, FREE_FAILURES_PER_ACCOUNT, now);
			allowedAt = forAccount.isAfter(allowedAt) ? forAccount : allowedAt;
		}
		if (allowedAt.isAfter(now)) {
			return Optional.of(Duration.between(now, allowedAt));
		}
		count(accountKey, now);
		count(addressKey, now);
		if (this.failures.size() > 100_000) {
			this.failures.entrySet().removeIf(entry -> entry.getValue().last().plus(FORGET_AFTER).isBefore(now));
		}
		return Optional.empty();
	}

	/**
	 * The attempt was right: the account's failures are forgotten, the address gets its
	 * slot back and is known to the account from now on.
	 */
	synchronized void succeeded(String account, String address) {
		String accountKey = accountKey(account);
		this.failures.remove(accountKey);
		this.failures.computeIfPresent(addressKey(address),
				(key, recorded) -> recorded.count() <= 1 ? null : new Failures(recorded.count() - 1, recorded.last()));
		if (this.knownAddresses.size() > 100_000) {
			this.knownAddresses.clear();
		}
		Set<String> known = this.knownAddresses.computeIfAbsent(accountKey, key -> new LinkedHashSet<>());
		known.remove(address);
		known.add(address);
		if (known.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
			known.remove(known.iterator().next());
		}
	}

	/** An admin lifts the wait of an account at once. */
	synchronized void release(String account) {
		this.failures.remove(accountKey(account));
	}

	private Instant nextAllowed(String key, int free, Instant now) {
		Failures recorded = this.failures.get(key);
		if (recorded == null) {
			return now;
		}
		if (recorded.last().plus(FORGET_AFTER).isBefore(now)) {
			this.failures.remove(key);
			return now;
		}
		return recorded.nextAllowed(free);
	}

	private boolean isKnown(String accountKey, String address) {
		Set<String> known = this.knownAddresses.get(accountKey);
		return known != null && known.contains(address);
	}

	private void count(String key, Instant now) {
		this.failures.compute(key,
				(k, recorded) -> recorded == null ? new Failures(1, now) : new Failures(recorded.count() + 1, now));
	}

	private static String accountKey(String account) {
		return "account:" + account.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
