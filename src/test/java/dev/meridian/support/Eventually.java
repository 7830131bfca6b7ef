package dev.meridian.support;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Waits for what the server does after it answered (event listeners, schedulers, the
 * outbox sender, a mailbox's IDLE) by asking again until the answer is there: the one
 * place tests poll. The patience is a ceiling against hangs, never a measurement: tests
 * assert outcomes, not timings. To make the server's time pass, move {@link TestClock}
 * instead of waiting.
 */
public final class Eventually {

	/** Long enough for a loaded CI machine; a passing test returns far sooner. */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Duration PAUSE = Duration.ofMillis(100);

	private Eventually() {
	}

	/** The first value the probe gives that is not null. */
	public static <T> T present(String what, Supplier<@Nullable T> probe) {
		AtomicReference<@Nullable T> found = new AtomicReference<>();
		holds(what, () -> {
			found.set(probe.get());
			return found.get() != null;
		});
		return Objects.requireNonNull(found.get());
	}

	/**
	 * Reads until the value satisfies the condition and returns it; on giving up, the
	 * failure shows the last value read.
	 */
	public static <T> T satisfies(String what, Supplier<T> read, Predicate<? super T> condition) {
		AtomicReference<@Nullable T> last = new AtomicReference<>();
		try {
			holds(what, () -> {
				last.set(read.get());
				return condition.test(last.get());
			});
		}
		catch (AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "; last seen: " + last.get(), ex);
		}
		return Objects.requireNonNull(last.get());
	}

	/** Returns once the condition holds. */
	public static void holds(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Not within " + PATIENCE.toSeconds() + " s: " + what);
			}
			try {
				Thread.sleep(PAUSE.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for " + what, ex);
			}
		}
	}

}
