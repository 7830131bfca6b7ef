package dev.meridian.channels.chat;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many visitors' lines this node works on at once. Past that a line waits its turn
 * for a moment, in order, and is then refused as busy (503 with Retry-After; the widget
 * says so in the visitor's language and keeps the text).
 * <p>
 * Without a bound a node that is sent more than it can work through falls behind on every
 * line at once: in the chat benchmark, a node just started (its JIT compiling) and sent a
 * hundred lines a second queued two thousand requests, took the whole machine to switch
 * between them, answered after 30 seconds and did not recover while the load lasted. With
 * the bound, the lines it takes are answered in their usual time and the rest are told to
 * come back ({@code meridian_chat_busy_total} counts them).
 * <p>
 * The wait is short (500 ms) because the lines that wait here hold the servlet
 * container's threads (200 on JDK 17): a wait of 2 s let the waiting lines take every
 * thread at 300 lines a second, none waited long enough to be refused, and two thousand
 * more queued in front of the container, each answered 14 s late. Refusing after half a
 * second keeps the threads turning over and that queue empty.
 */
final class ChatIntake {

	private final Semaphore turns;

	private final Duration wait;

	private final Counter refused;

	ChatIntake(int concurrent, Duration wait, MeterRegistry meters) {
		this.turns = new Semaphore(concurrent, true);
		this.wait = wait;
		this.refused = Counter.builder("meridian.chat.busy")
			.description("Visitors' lines refused because the node was working on as many as it takes at once")
			.register(meters);
	}

	/**
	 * Runs one line's work in its turn.
	 * @throws ChatBusyException when no turn came within the wait
	 */
	<T> T admit(Supplier<T> work) {
		boolean admitted;
		try {
			admitted = this.turns.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			this.refused.increment();
			throw new ChatBusyException(this.wait);
		}
		try {
			return work.get();
		}
		finally {
			this.turns.release();
		}
	}

}
