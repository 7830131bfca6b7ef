package dev.meridian.bench;

import java.util.Locale;

/** What one concurrency level of a closed-loop run measured. Latencies in milliseconds. */
record LevelResult(String label, int concurrency, long successes, long errors, double seconds, double p50,
		double p95, double p99, double max) {

	double throughput() {
		return seconds <= 0 ? 0 : successes / seconds;
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
				Double.toString(p99), Double.toString(max));
	}

	static LevelResult fromTsv(String line) {
		String[] f = line.split("\t");
		return new LevelResult(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
				Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
				Double.parseDouble(f[7]), Double.parseDouble(f[8]));
	}

}
