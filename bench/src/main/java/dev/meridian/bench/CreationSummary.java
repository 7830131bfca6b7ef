package dev.meridian.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compares the API's ticket-creation figures with the raw JDBC ceiling: peak API
 * throughput as a share of peak JDBC throughput, and the API's p99 at the concurrency
 * level whose throughput is closest to half of the API's peak.
 */
final class CreationSummary {

	static final double RATIO_GOAL_PERCENT = 40;

	static final double P99_GOAL_MILLIS = 50;

	static void main(Options options) throws Exception {
		List<LevelResult> api = ResultFile.read(options.require("api"));
		List<LevelResult> jdbc = ResultFile.read(options.require("jdbc"));
		System.out.println(render(api, jdbc));
	}

	static String render(List<LevelResult> api, List<LevelResult> jdbc) {
		StringBuilder out = new StringBuilder("== Summary: ticket creation, API vs raw JDBC ceiling\n");
		out.append(String.format(Locale.ROOT, "%5s | %10s %9s %9s %7s | %10s %9s %9s%n", "conc", "API t/s",
				"p50 ms", "p99 ms", "errors", "JDBC t/s", "p50 ms", "p99 ms"));
		for (LevelResult a : api) {
			LevelResult j = jdbc.stream().filter(r -> r.concurrency() == a.concurrency()).findFirst().orElse(null);
			out.append(String.format(Locale.ROOT, "%5d | %10.1f %9.2f %9.2f %7d | %10s %9s %9s%n", a.concurrency(),
					a.throughput(), a.p50(), a.p99(), a.errors(), j == null ? "-" : fmt1(j.throughput()),
					j == null ? "-" : fmt2(j.p50()), j == null ? "-" : fmt2(j.p99())));
		}
		LevelResult apiPeak = peak(api);
		LevelResult jdbcPeak = peak(jdbc);
		double ratio = 100.0 * apiPeak.throughput() / jdbcPeak.throughput();
		LevelResult half = closestTo(api, apiPeak.throughput() / 2);
		long apiErrors = api.stream().mapToLong(LevelResult::errors).sum();

		out.append(String.format(Locale.ROOT, "Peak API throughput      : %8.1f tickets/s at %d workers%n",
				apiPeak.throughput(), apiPeak.concurrency()));
		out.append(String.format(Locale.ROOT, "Peak JDBC ceiling        : %8.1f tickets/s at %d workers%n",
				jdbcPeak.throughput(), jdbcPeak.concurrency()));
		out.append(String.format(Locale.ROOT, "API / ceiling            : %8.1f %%          goal >= %.0f %%   %s%n", ratio,
				RATIO_GOAL_PERCENT, verdict(ratio >= RATIO_GOAL_PERCENT)));
		out.append(String.format(Locale.ROOT,
				"API p99 at ~half peak    : %8.2f ms         goal < %.0f ms    %s   (%d workers, %.1f tickets/s)%n",
				half.p99(), P99_GOAL_MILLIS, verdict(half.p99() < P99_GOAL_MILLIS), half.concurrency(),
				half.throughput()));
		out.append(String.format(Locale.ROOT, "API errors (all levels)  : %8d%s%n", apiErrors,
				apiErrors == 0 ? "" : "            (non-201 responses: see the error samples above)"));
		return out.toString();
	}

	private static LevelResult peak(List<LevelResult> results) {
		return results.stream()
			.max(Comparator.comparingDouble(LevelResult::throughput))
			.orElseThrow(() -> new IllegalStateException("No results"));
	}

	private static LevelResult closestTo(List<LevelResult> results, double throughput) {
		return results.stream()
			.min(Comparator.comparingDouble(r -> Math.abs(r.throughput() - throughput)))
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
