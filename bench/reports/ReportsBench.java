import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports benchmark's load driver, one file run by the JDK's source launcher (no
 * build): {@code java ReportsBench.java summary BASE TOKEN QUERY REPETITIONS WARMUP} times
 * one report request after a warm-up, one request at a time, and prints p50/p95/p99/max
 * from the sorted latencies; {@code java ReportsBench.java events BASE TOKEN TICKETS
 * THREADS} opens tickets through the API, replies to and solves each, waits until the
 * analytics module rolled every event up, and prints the server's own timing of each
 * rollup update ({@code meridian_analytics_rollup_seconds} on /actuator/prometheus: the
 * delta an event appends), then waits for the fold to go idle and prints its cost per
 * delta ({@code meridian_analytics_fold_seconds} over {@code meridian_analytics_folded_deltas}).
 */
public class ReportsBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "summary" -> summary(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
			case "events" -> events(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					args.length > 5 ? Double.parseDouble(args[5]) : 0);
			default -> throw new IllegalArgumentException("summary or events, not " + args[0]);
		}
	}

	static void summary(String base, String token, String query, int repetitions, int warmup) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/summary?" + query))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.build();
		String body = "";
		for (int i = 0; i < warmup; i++) {
			body = send(request, 200);
		}
		long[] nanos = new long[repetitions];
		for (int i = 0; i < repetitions; i++) {
			long start = System.nanoTime();
			body = send(request, 200);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		int rows = body.split("\"key\"", -1).length - 1;
		double p95 = ms(percentile(nanos, 0.95));
		System.out.printf(Locale.ROOT,
				"%-40s n=%d rows=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (goal p95 < 200 ms: %s)%n",
				query, repetitions, rows, ms(percentile(nanos, 0.5)), p95, ms(percentile(nanos, 0.99)),
				ms(nanos[nanos.length - 1]), p95 < 200 ? "met" : "NOT MET");
		if (rows == 0) {
			throw new IllegalStateException("The report had no rows: the seed did not reach the rollups\n" + body);
		}
	}

	static void events(String base, String token, int tickets, int threads, double rate) throws Exception {
		double before = metric(base, "meridian_analytics_rollup_seconds_count", "created");
		double foldSecondsBefore = total(base, "meridian_analytics_fold_seconds_sum");
		double foldsBefore = total(base, "meridian_analytics_fold_seconds_count");
		double foldedBefore = total(base, "meridian_analytics_folded_deltas_total");
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> work = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < tickets; i++) {
			if (rate > 0) {
				// open loop: ticket i starts at i / rate seconds, however long the others take
				long due = start + (long) (i * 1e9 / rate);
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
			}
			work.add(pool.submit(() -> {
				String email = "bench." + UUID.randomUUID() + "@example.com";
				String ticket = send(post(base, token, "/api/v1/tickets", """
						{"subject":"Wo ist meine Bestellung?","customer":{"email":"%s","country":"DE"},
						 "message":{"body":"📦 #4471 ?","language":"de"}}""".formatted(email)), 201);
				Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(ticket);
				id.find();
				String path = "/api/v1/tickets/" + id.group(1);
				send(post(base, token, path + "/messages", "{\"body\":\"Ist unterwegs.\",\"language\":\"de\"}"), 201);
				send(patch(base, token, path, "{\"status\":\"solved\"}"), 200);
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		double apiSeconds = (System.nanoTime() - start) / 1e9;
		long waitStart = System.nanoTime();
		while (metric(base, "meridian_analytics_rollup_seconds_count", "solved") < tickets
				|| metric(base, "meridian_analytics_rollup_seconds_count", "created") - before < tickets) {
			if (System.nanoTime() - waitStart > 600e9) {
				throw new IllegalStateException("The rollups did not catch up within 10 minutes");
			}
			Thread.sleep(200);
		}
		System.out.printf(Locale.ROOT, "%d tickets opened, replied to and solved through the API in %.1f s (%s)%n",
				tickets, apiSeconds,
				rate > 0 ? "started at " + rate + " tickets/s, open loop" : threads + " threads, each as fast as it can");
		for (String event : List.of("created", "replied", "solved")) {
			double count = metric(base, "meridian_analytics_rollup_seconds_count", event);
			double sum = metric(base, "meridian_analytics_rollup_seconds_sum", event);
			System.out.printf(Locale.ROOT,
					"rollup update per %-8s event: n=%.0f  mean %.3f ms  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms  (goal < 1 ms: %s)%n",
					event, count, 1000 * sum / count, 1000 * quantile(base, event, "0.5"),
					1000 * quantile(base, event, "0.95"), 1000 * quantile(base, event, "0.99"),
					1000 * metric(base, "meridian_analytics_rollup_seconds_max", event),
					1000 * quantile(base, event, "0.95") < 1 ? "met at p95" : "NOT MET at p95");
		}
		for (String event : List.of("created", "replied", "solved")) {
			printSeries(base, "meridian_analytics_rollup_work_seconds", event,
					"  its own work per %-8s event (without reading the ticket's row for update)");
		}
		// The elapsed times above include waiting for a core and for the database; the
		// updating thread's processor time is what the update costs this node.
		for (String event : List.of("created", "replied", "solved")) {
			printSeries(base, "meridian_analytics_rollup_cpu_seconds", event,
					"  processor time per %-8s event (the updating thread's)");
		}
		// Part of those times is waiting for an earlier event of the same ticket to commit
		// (its analytics row is locked while it is updated): not the update's own work.
		String prom = prometheus(base);
		double lockCount = value(prom, "meridian_analytics_rollup_lock_seconds_count");
		System.out.printf(Locale.ROOT,
				"of which reading the ticket's row for update (with the wait for its lock), per replied/solved/assigned event: n=%.0f  mean %.3f ms  p50 %.3f ms  p95 %.3f ms%n",
				lockCount, lockCount == 0 ? 0 : 1000 * value(prom, "meridian_analytics_rollup_lock_seconds_sum") / lockCount,
				1000 * value(prom, "meridian_analytics_rollup_lock_seconds\\{quantile=\"0.5\"\\}"),
				1000 * value(prom, "meridian_analytics_rollup_lock_seconds\\{quantile=\"0.95\"\\}"));
		// The deltas the events appended are folded into the rollups in batches behind
		// them: wait until the fold has been idle for two seconds, then give its cost per
		// delta (what an event costs later, in a batch).
		double folded = total(base, "meridian_analytics_folded_deltas_total");
		long idleSince = System.nanoTime();
		while (System.nanoTime() - idleSince < 2e9 && System.nanoTime() - waitStart < 600e9) {
			Thread.sleep(200);
			double now = total(base, "meridian_analytics_folded_deltas_total");
			if (now != folded) {
				folded = now;
				idleSince = System.nanoTime();
			}
		}
		double deltas = folded - foldedBefore;
		double batches = total(base, "meridian_analytics_fold_seconds_count") - foldsBefore;
		double foldSeconds = total(base, "meridian_analytics_fold_seconds_sum") - foldSecondsBefore;
		System.out.printf(Locale.ROOT,
				"fold: %.0f deltas (%.2f per ticket) in %.0f batches, %.3f ms per delta, largest batch %.1f ms%n", deltas,
				deltas / tickets, batches, deltas == 0 ? 0 : 1000 * foldSeconds / deltas,
				1000 * total(base, "meridian_analytics_fold_seconds_max"));
	}

	/** One event's mean and percentiles of a timer series, in milliseconds. */
	static void printSeries(String base, String series, String event, String label) throws Exception {
		String prom = prometheus(base);
		double count = value(prom, series + "_count\\{event=\"" + event + "\"\\}");
		System.out.printf(Locale.ROOT, label + ": mean %.3f ms  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms%n", event,
				count == 0 ? 0 : 1000 * value(prom, series + "_sum\\{event=\"" + event + "\"\\}") / count,
				1000 * value(prom, series + "\\{event=\"" + event + "\",quantile=\"0.5\"\\}"),
				1000 * value(prom, series + "\\{event=\"" + event + "\",quantile=\"0.95\"\\}"),
				1000 * value(prom, series + "\\{event=\"" + event + "\",quantile=\"0.99\"\\}"));
	}

	/** A series without an event tag (whatever other tags it has). */
	static double total(String base, String name) throws Exception {
		return value(prometheus(base), name + "(?:\\{[^}]*\\})?");
	}

	static double quantile(String base, String event, String q) throws Exception {
		return value(prometheus(base), "meridian_analytics_rollup_seconds\\{event=\"" + event + "\",quantile=\"" + q
				+ "\"\\}");
	}

	static double metric(String base, String name, String event) throws Exception {
		return value(prometheus(base), name + "\\{event=\"" + event + "\"\\}");
	}

	static double value(String text, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+|NaN)$").matcher(text);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	static String prometheus(String base) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(), 200);
	}

	static HttpRequest post(String base, String token, String path, String json) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	static HttpRequest patch(String base, String token, String path, String json) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	static String send(HttpRequest request, int expected) throws Exception {
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static long percentile(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

}
