package dev.meridian.channels.email.intake;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.meridian.channels.email.MailParsingSettings;
import dev.meridian.channels.email.parsing.ParseBudgetExceededException;
import dev.meridian.channels.email.parsing.ParseDeadline;
import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.channels.email.parsing.UnreadableMailException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads each mail on a small pool of its own within a budget of time. The parser stops by
 * itself soon after its deadline; the caller stops waiting at the deadline in any case,
 * so neither a poller nor an HTTP request is held by a mail that would take long. A mail
 * over its budget is refused with {@link ParseBudgetExceededException}, which sends it to
 * the quarantine (and the poller goes on with the next one, never fetching it again).
 */
@Component
class ParseBudget implements DisposableBean {

	/** How long a mail may wait for a free reader when all are busy. */
	private static final Duration QUEUE_WAIT = Duration.ofSeconds(60);

	/** Beyond the budget, for the parser to notice its deadline and end by itself. */
	private static final Duration GRACE = Duration.ofMillis(500);

	private final Duration budget;

	private final ThreadPoolExecutor readers;

	ParseBudget(MailParsingSettings settings) {
		this.budget = settings.budget();
		int threads = settings.effectiveThreads();
		AtomicInteger count = new AtomicInteger();
		this.readers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024),
				runnable -> {
					Thread thread = new Thread(runnable, "mail-parse-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Reads a mail with a deadline {@code budget} after the reading starts.
	 * @throws ParseBudgetExceededException when the budget is used up, or no reader was
	 * free in time
	 * @throws UnreadableMailException when the parser finds the mail unreadable
	 */
	ParsedMail read(Function<ParseDeadline, ParsedMail> parser) {
		CountDownLatch started = new CountDownLatch(1);
		Future<ParsedMail> reading;
		try {
			reading = this.readers.submit(() -> {
				started.countDown();
				return parser.apply(ParseDeadline.after(this.budget));
			});
		}
		catch (RejectedExecutionException ex) {
			throw new ParseBudgetExceededException("Too many messages are waiting to be read");
		}
		try {
			if (!started.await(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				reading.cancel(true);
				throw new ParseBudgetExceededException(
						"No reader was free for " + QUEUE_WAIT.toSeconds() + " s: the parser is busy");
			}
			return reading.get(this.budget.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reading.cancel(true);
			throw exceeded();
		}
		catch (InterruptedException ex) {
			reading.cancel(true);
			Thread.currentThread().interrupt();
			throw new ParseBudgetExceededException("Reading the message was interrupted");
		}
		catch (CancellationException ex) {
			throw exceeded();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof ParseBudgetExceededException) {
				throw exceeded();
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UnreadableMailException("unparseable", "The parser failed: " + cause);
		}
	}

	private ParseBudgetExceededException exceeded() {
		return new ParseBudgetExceededException(
				"Reading the message took longer than the parse budget of " + this.budget.toMillis() + " ms");
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

}
