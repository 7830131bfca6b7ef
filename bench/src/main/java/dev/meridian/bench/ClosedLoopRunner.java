package dev.meridian.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: N workers, each sending its next request as soon as the previous
 * one has answered, for a warm-up and then a measured window. Only operations that start
 * and finish inside the measured window are counted. Every run is bounded by time and by
 * a maximum number of operations, and stops by itself.
 */
final class ClosedLoopRunner {

	/** One unit of work, e.g. one HTTP request or one JDBC transaction. */
	@FunctionalInterface
	interface Operation {

		/** @return true on success; false (or an exception) counts as an error */
		boolean execute() throws Exception;

	}

	/** Creates the operation of one worker; it may hold per-worker state like a connection. */
	@FunctionalInterface
	interface WorkerFactory {

		Operation create(int workerIndex) throws Exception;

	}

	private final ErrorSamples errorSamples;

	ClosedLoopRunner(ErrorSamples errorSamples) {
		this.errorSamples = errorSamples;
	}

	LevelResult run(String label, int concurrency, Duration warmup, Duration duration, long maxOps,
			WorkerFactory factory) throws Exception {
		List<Operation> operations = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			operations.add(factory.create(i));
		}
		long start = System.nanoTime();
		long measureStart = start + warmup.toNanos();
		long measureEnd = measureStart + duration.toNanos();
		AtomicLong opsStarted = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread thread = new Thread(runnable, "bench-worker");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<WorkerTally>> futures = new ArrayList<>();
		try {
			for (Operation operation : operations) {
				futures.add(pool.submit(() -> loop(operation, measureStart, measureEnd, opsStarted, maxOps)));
			}
			pool.shutdown();
			long graceSeconds = 60;
			if (!pool.awaitTermination(warmup.plus(duration).toSeconds() + graceSeconds, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Workers did not stop in time");
			}
		}
		finally {
			pool.shutdownNow();
		}
		LatencyHistogram all = new LatencyHistogram();
		long errors = 0;
		long lastEnd = measureStart;
		for (Future<WorkerTally> future : futures) {
			WorkerTally tally = future.get();
			all.merge(tally.latencies);
			errors += tally.errors;
			lastEnd = Math.max(lastEnd, tally.lastEnd);
		}
		// The full window, unless the operation cap ended the run early.
		boolean capped = opsStarted.get() > maxOps;
		double seconds = ((capped ? lastEnd : measureEnd) - measureStart) / 1e9;
		if (capped) {
			System.out.println("  (" + label + " at " + concurrency + " stopped early at the cap of " + maxOps
					+ " operations)");
		}
		LatencyHistogram.Snapshot snapshot = all.snapshot();
		return new LevelResult(label, concurrency, all.count(), errors, seconds, snapshot.percentileMillis(50),
				snapshot.percentileMillis(95), snapshot.percentileMillis(99), snapshot.maxMillis());
	}

	private WorkerTally loop(Operation operation, long measureStart, long measureEnd, AtomicLong opsStarted,
			long maxOps) {
		WorkerTally tally = new WorkerTally();
		while (true) {
			long begin = System.nanoTime();
			if (begin >= measureEnd || opsStarted.incrementAndGet() > maxOps) {
				return tally;
			}
			boolean ok;
			try {
				ok = operation.execute();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return tally;
			}
			catch (Exception ex) {
				errorSamples.report(ex.toString());
				ok = false;
			}
			long end = System.nanoTime();
			if (begin >= measureStart && end <= measureEnd) {
				if (ok) {
					tally.latencies.record(end - begin);
					tally.lastEnd = end;
				}
				else {
					tally.errors++;
				}
			}
		}
	}

	private static final class WorkerTally {

		final LatencyHistogram latencies = new LatencyHistogram();

		long errors;

		long lastEnd;

	}

}
