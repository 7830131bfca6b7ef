package dev.meridian.bench;

import java.util.Locale;

/**
 * What one concurrency level of a closed-loop run measured. Latencies in milliseconds.
 * For ticket creation also the work the level left to the server's listeners
 * ({@link ListenerWork}): the publications incomplete when the window ended, how long they
 * took to complete, how many were still incomplete when the wait gave up, and the server's
 * CPU per ticket with the listeners' share; NaN and -1 where not measured.
 */
record LevelResult(String label, int concurrency, long successes, long errors, double seconds, double p50,
		double p95, double p99, double max, long backlog, double drainSeconds, long left, double cpuMillisPerTicket) {

	LevelResult(String label, int concurrency, long successes, long errors, double seconds, double p50, double p95,
			double p99, double max) {
		this(label, concurrency, successes, errors, seconds, p50, p95, p99, max, -1, Double.NaN, -1, Double.NaN);
	}

	LevelResult withListenerWork(ListenerWork.Tally tally) {
		return new LevelResult(label, concurrency, successes, errors, seconds, p50, p95, p99, max,
				tally.backlogTotal(), tally.drainSeconds(), tally.left(), tally.cpuMillisPerTicket());
	}

	double throughput() {
		return seconds <= 0 ? 0 : successes / seconds;
	}

	boolean listenerWorkMeasured() {
		return backlog >= 0;
	}

	/** Whether the listeners finished the level's work within the bounded wait. */
	boolean keptUp() {
		return !listenerWorkMeasured() || left == 0;
	}

	/**
	 * Tickets per second with their listeners' work done: the measured window stretched by
	 * the time the backlog took to complete. Zero when it did not complete.
	 */
	double completedThroughput() {
		if (!listenerWorkMeasured()) {
			return throughput();
		}
		return left > 0 || seconds <= 0 ? 0 : successes / (seconds + drainSeconds);
	}

	static String tableHeader() {
		return String.format(Locale.ROOT, "%-22s %5s %9s %10s %9s %9s %9s %9s %7s", "benchmark", "conc", "ops",
				"ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
	}

	String tableRow() {
		return String.format(Locale.ROOT, "%-22s %5d %9d %10.1f %9.2f %9.2f %9.2f %9.2f %7d", label, concurrency,
				successes, throughput(), p50, p95, p99, max, errors);
	}

	/** One tab-separated line, read back by {@link #fromTsv}. */
	String toTsv() {
		return String.join("\t", label, Integer.toString(concurrency), Long.toString(successes),
				Long.toString(errors), Double.toString(seconds), Double.toString(p50), Double.toString(p95),
				Double.toString(p99), Double.toString(max), Long.toString(backlog), Double.toString(drainSeconds),
				Long.toString(left), Double.toString(cpuMillisPerTicket));
	}

	static LevelResult fromTsv(String line) {
		String[] f = line.split("\t");
		LevelResult result = new LevelResult(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]),
				Long.parseLong(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
				Double.parseDouble(f[7]), Double.parseDouble(f[8]));
		if (f.length < 13) {
			return result;
		}
		return new LevelResult(result.label, result.concurrency, result.successes, result.errors, result.seconds,
				result.p50, result.p95, result.p99, result.max, Long.parseLong(f[9]), Double.parseDouble(f[10]),
				Long.parseLong(f[11]), Double.parseDouble(f[12]));
	}

}
