package dev.meridian.channels.email.parsing;

import java.time.Duration;

/**
 * When reading one mail must end. The parser looks at it between steps (each MIME part,
 * every thousand HTML nodes or text lines), so a mail that would take too long is given
 * up soon after its time, also when the thread that waits for it has stopped waiting.
 */
public final class ParseDeadline {

	private static final ParseDeadline NONE = new ParseDeadline(0, false);

	private final long at;

	private final boolean bounded;

	private ParseDeadline(long at, boolean bounded) {
		this.at = at;
		this.bounded = bounded;
	}

	/** No deadline: for tests and tools that read one mail at a time. */
	public static ParseDeadline none() {
		return NONE;
	}

	/** A deadline this long from now. */
	public static ParseDeadline after(Duration budget) {
		return new ParseDeadline(System.nanoTime() + budget.toNanos(), true);
	}

	/**
	 * @throws ParseBudgetExceededException when the time is up or the reading thread was
	 * interrupted (the one waiting for it gave up)
	 */
	void check() {
		if (Thread.currentThread().isInterrupted() || this.bounded && System.nanoTime() - this.at > 0) {
			throw new ParseBudgetExceededException();
		}
	}

}
