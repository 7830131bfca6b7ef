package dev.meridian.channels.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} actions per key in a fixed window, counted on this node: a flood
 * from one visitor or one address meets a polite refusal long before it costs the
 * database anything. Windows that have passed are dropped as the map grows, so a flood of
 * new keys cannot fill the heap.
 */
final class RateLimit {

	private static final int PRUNE_ABOVE = 10_000;

	private final int limit;

	private final Duration window;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RateLimit(int limit, Duration window) {
		this.limit = limit;
		this.window = window;
	}

	/**
	 * Counts one action; when the key is over its limit, answers how long until it may
	 * act again, and counts nothing.
	 */
	Duration tryAcquire(String key, Instant now) {
		if (this.windows.size() > PRUNE_ABOVE) {
			this.windows.values().removeIf(w -> !now.isBefore(w.start().plus(this.window)));
		}
		Window counted = this.windows.compute(key, (k, current) -> {
			if (current == null || !now.isBefore(current.start().plus(this.window))) {
				return new Window(now, 1, true);
			}
			return current.count() >= this.limit ? new Window(current.start(), current.count(), false)
					: new Window(current.start(), current.count() + 1, true);
		});
		return counted.granted() ? Duration.ZERO : Duration.between(now, counted.start().plus(this.window));
	}

	private record Window(Instant start, int count, boolean granted) {
	}

}
