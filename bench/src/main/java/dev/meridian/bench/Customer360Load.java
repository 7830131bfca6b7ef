package dev.meridian.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The customer 360 on a large database: {@code GET /api/v1/customers/{id}/360} (API token)
 * and the agent's page {@code /app/customers/{id}} (logged-in session), each for REQUESTS
 * random customers of the generated data, from WORKERS closed-loop workers, after WARMUP
 * uncounted requests. A fixed count, not a duration: the run ends by itself. Customer n
 * has the id {@code 00000000-0000-4000-8000-<n as 12 hex digits>}
 * (bench/customer360/generate.sql).
 */
final class Customer360Load {

	static final double P95_GOAL_MILLIS = 50;

	private Customer360Load() {
	}

	static void main(Options options) throws Exception {
		String baseUrl = LoopbackGuard.requireLoopback(options.require("base-url"));
		MeridianApi api = new MeridianApi(baseUrl, options.require("token"));
		WorkspaceSession session = WorkspaceSession.login(baseUrl, options.require("login-email"),
				options.require("login-password"));
		int customers = options.getInt("customers", 100_000);
		int requests = options.getInt("requests", 2_000);
		int warmup = options.getInt("warmup", 200);
		int workers = options.getInt("workers", 4);
		long seed = options.getLong("seed", 360);
		System.out.printf("%d requests per endpoint (after %d uncounted), %d workers, random customers of %d%n",
				requests, warmup, workers, customers);

		ErrorSamples errors = new ErrorSamples(5);
		Target apiTarget = id -> {
			HttpResponse<String> response = api.get("/api/v1/customers/" + id + "/360");
			return response.statusCode() == 200 && response.body().contains("\"orders\"") ? null
					: MeridianApi.describe(response);
		};
		Target pageTarget = id -> {
			HttpResponse<String> response = session.get("/app/customers/" + id);
			return response.statusCode() == 200 && response.body().contains("customer-orders") ? null
					: "HTTP " + response.statusCode() + " /app/customers/" + id + " Location: "
							+ response.headers().firstValue("Location").orElse("");
		};
		// Warm both up (JIT, pools, caches) before anything is counted.
		run(apiTarget, warmup, workers, customers, seed - 1, new ErrorSamples(5));
		run(pageTarget, warmup, workers, customers, seed - 2, new ErrorSamples(5));

		System.out.println(LevelResult.tableHeader());
		List<LevelResult> results = List.of(
				measure("api /customers/{id}/360", apiTarget, requests, workers, customers, seed, errors),
				measure("html /app/customers/{id}", pageTarget, requests, workers, customers, seed + 1, errors));
		System.out.println("Goal: p95 < " + (int) P95_GOAL_MILLIS + " ms for each");
		for (LevelResult result : results) {
			boolean met = result.p95() < P95_GOAL_MILLIS && result.errors() == 0;
			System.out.printf(Locale.ROOT, "  %-26s p95 %8.2f ms   %s%s%n", result.label(), result.p95(),
					met ? "MET" : "NOT MET", result.errors() == 0 ? "" : " (" + result.errors() + " errors)");
		}
		ResultFile.write(options.get("results", null), results);
	}

	@FunctionalInterface
	private interface Target {

		/** Null when the answer is right, else what was wrong. */
		String request(String customerId) throws Exception;

	}

	private static LevelResult measure(String label, Target target, int requests, int workers, int customers,
			long seed, ErrorSamples errors) throws Exception {
		long start = System.nanoTime();
		Outcome outcome = run(target, requests, workers, customers, seed, errors);
		double seconds = (System.nanoTime() - start) / 1e9;
		LatencyHistogram.Snapshot latencies = outcome.latencies().snapshot();
		LevelResult result = new LevelResult(label, workers, outcome.latencies().count(), outcome.errors(), seconds,
				latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
				latencies.maxMillis());
		System.out.println(result.tableRow());
		return result;
	}

	private record Outcome(LatencyHistogram latencies, long errors) {
	}

	private static Outcome run(Target target, int requests, int workers, int customers, long seed,
			ErrorSamples errors) throws Exception {
		AtomicLong next = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<LatencyHistogram>> futures = new ArrayList<>();
		try {
			for (int w = 0; w < workers; w++) {
				SplittableRandom random = new SplittableRandom(seed * 31 + w);
				futures.add(pool.submit(() -> {
					LatencyHistogram latencies = new LatencyHistogram();
					while (next.getAndIncrement() < requests) {
						String id = customerId(1 + random.nextInt(customers));
						long began = System.nanoTime();
						String wrong;
						try {
							wrong = target.request(id);
						}
						catch (Exception ex) {
							wrong = ex.toString();
						}
						if (wrong == null) {
							latencies.record(System.nanoTime() - began);
						}
						else {
							failed.incrementAndGet();
							errors.report(wrong);
						}
					}
					return latencies;
				}));
			}
			pool.shutdown();
			LatencyHistogram all = new LatencyHistogram();
			for (Future<LatencyHistogram> future : futures) {
				all.merge(future.get());
			}
			return new Outcome(all, failed.get());
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String customerId(int n) {
		return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", n);
	}

}
