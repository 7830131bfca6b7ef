package dev.meridian.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compares the API's ticket-creation figures with the raw JDBC ceiling: peak API
 * throughput as a share of peak JDBC throughput, and the API's p99 at the concurrency
 * level whose throughput is closest to half of the API's peak. When the listeners' work
 * was measured, a level's rate counts only with that work done (the window stretched by
 * the time its backlog took to complete; zero if it did not complete). Meridian's figures
 * are also set beside the PHP peer's reference.
 */
final class CreationSummary {

	static final double RATIO_GOAL_PERCENT = 40;

	static final double P99_GOAL_MILLIS = 50;

	/**
	 * The PHP help desk we compare with, measured on this kind of machine (2 cores):
	 * tickets per second and p99 at 16 concurrent requests.
	 */
	static final int PEER_CONCURRENCY = 16;

	static final double PEER_TICKETS_PER_SECOND = 38;

	static final double PEER_P99_MILLIS = 550;

	static void main(Options options) throws Exception {
		List<LevelResult> api = ResultFile.read(options.require("api"));
		List<LevelResult> jdbc = ResultFile.read(options.require("jdbc"));
		System.out.println(render(api, jdbc));
	}

	static String render(List<LevelResult> api, List<LevelResult> jdbc) {
		StringBuilder out = new StringBuilder("== Summary: ticket creation, API vs raw JDBC ceiling\n");
		out.append(String.format(Locale.ROOT, "%5s | %10s %9s %9s %7s | %9s %8s %9s %10s | %10s %9s %9s%n",
				"conc", "API t/s", "p50 ms", "p99 ms", "errors", "backlog", "drain s", "done t/s", "CPU ms/t",
				"JDBC t/s", "p50 ms", "p99 ms"));
		for (LevelResult a : api) {
			LevelResult j = jdbc.stream().filter(r -> r.concurrency() == a.concurrency()).findFirst().orElse(null);
			boolean measured = a.listenerWorkMeasured();
			out.append(String.format(Locale.ROOT, "%5d | %10.1f %9.2f %9.2f %7d | %9s %8s %9s %10s | %10s %9s %9s%n",
					a.concurrency(), a.throughput(), a.p50(), a.p99(), a.errors(),
					measured ? Long.toString(a.backlog()) : "-",
					measured ? (a.keptUp() ? fmt1(a.drainSeconds()) : "> " + fmt1(a.drainSeconds())) : "-",
					fmt1(a.completedThroughput()), measured ? fmt2(a.cpuMillisPerTicket()) : "-",
					j == null ? "-" : fmt1(j.throughput()), j == null ? "-" : fmt2(j.p50()),
					j == null ? "-" : fmt2(j.p99())));
		}
		LevelResult apiPeak = results(api).stream()
			.max(Comparator.comparingDouble(LevelResult::completedThroughput))
			.orElseThrow();
		LevelResult jdbcPeak = peak(jdbc);
		double ratio = 100.0 * apiPeak.completedThroughput() / jdbcPeak.throughput();
		LevelResult half = closestTo(api, apiPeak.completedThroughput() / 2);
		long apiErrors = api.stream().mapToLong(LevelResult::errors).sum();

		boolean listenersMeasured = api.stream().allMatch(LevelResult::listenerWorkMeasured);
		out.append(String.format(Locale.ROOT, "Peak API throughput      : %8.1f tickets/s at %d workers%s%n",
				apiPeak.completedThroughput(), apiPeak.concurrency(),
				listenersMeasured ? " (with its listeners' work done)" : " (listeners' work not measured)"));
		out.append(String.format(Locale.ROOT, "Peak JDBC ceiling        : %8.1f tickets/s at %d workers%n",
				jdbcPeak.throughput(), jdbcPeak.concurrency()));
		out.append(String.format(Locale.ROOT, "API / ceiling            : %8.1f %%          goal >= %.0f %%   %s%n", ratio,
				RATIO_GOAL_PERCENT, verdict(ratio >= RATIO_GOAL_PERCENT)));
		out.append(String.format(Locale.ROOT,
				"API p99 at ~half peak    : %8.2f ms         goal < %.0f ms    %s   (%d workers, %.1f tickets/s)%n",
				half.p99(), P99_GOAL_MILLIS, verdict(half.p99() < P99_GOAL_MILLIS), half.concurrency(),
				half.completedThroughput()));
		out.append(String.format(Locale.ROOT, "API errors (all levels)  : %8d%s%n", apiErrors,
				apiErrors == 0 ? "" : "            (non-201 responses: see the error samples above)"));
		out.append(peer(api, apiPeak));
		return out.toString();
	}

	/** Meridian beside the PHP peer: at the peer's concurrency, and at each one's peak. */
	static String peer(List<LevelResult> api, LevelResult apiPeak) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"PHP peer (reference)     : %8.1f tickets/s, p99 %.0f ms at %d concurrent requests%n",
				PEER_TICKETS_PER_SECOND, PEER_P99_MILLIS, PEER_CONCURRENCY));
		api.stream().filter(r -> r.concurrency() == PEER_CONCURRENCY).findFirst().ifPresentOrElse(
				at -> out.append(String.format(Locale.ROOT,
						"Meridian at %d           : %8.1f tickets/s = %.2f x the peer; p99 %.2f ms = %.2f x the peer's%n",
						PEER_CONCURRENCY, at.completedThroughput(), at.completedThroughput() / PEER_TICKETS_PER_SECOND,
						at.p99(), at.p99() / PEER_P99_MILLIS)),
				() -> out.append(String.format(Locale.ROOT,
						"Meridian at %d           :        - (no level at %d; add it to LEVELS)%n", PEER_CONCURRENCY,
						PEER_CONCURRENCY)));
		out.append(String.format(Locale.ROOT, "Meridian peak / peer     : %8.2f x%n",
				apiPeak.completedThroughput() / PEER_TICKETS_PER_SECOND));
		return out.toString();
	}

	private static List<LevelResult> results(List<LevelResult> results) {
		if (results.isEmpty()) {
			throw new IllegalStateException("No results");
		}
		return results;
	}

	private static LevelResult peak(List<LevelResult> results) {
		return results.stream()
			.max(Comparator.comparingDouble(LevelResult::throughput))
			.orElseThrow(() -> new IllegalStateException("No results"));
	}

	private static LevelResult closestTo(List<LevelResult> results, double throughput) {
		return results.stream()
			.min(Comparator.comparingDouble(r -> Math.abs(r.completedThroughput() - throughput)))
			.orElseThrow(() -> new IllegalStateException("No results"));
	}

	private static String verdict(boolean met) {
		return met ? "MET" : "NOT MET";
	}

	private static String fmt1(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String fmt2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
