package dev.meridian.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop search load on loopback: a fixed number of workers, each sending its next
 * query when the previous answer arrived (so the load is bounded by the worker count),
 * random one-to-three-word queries in the ten corpus languages, some with a typo.
 * Prints throughput and latency percentiles after a warm-up that is not counted.
 */
final class KnowledgeSearchLoad {

	private KnowledgeSearchLoad() {
	}

	static void main(Options options) throws Exception {
		String base = options.get("base-url", "http://127.0.0.1:8080");
		String token = options.get("token", "");
		String kind = options.get("kind", "articles");
		int workers = options.getInt("workers", 4);
		double warmup = Double.parseDouble(options.get("warmup", "10"));
		double duration = Double.parseDouble(options.get("duration", "30"));
		LoopbackGuard.requireLoopback(base);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		run(client, base, token, kind, workers, warmup, false);
		run(client, base, token, kind, workers, duration, true);
	}

	private static void run(HttpClient client, String base, String token, String kind, int workers, double seconds,
			boolean report) throws Exception {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		AtomicLong errors = new AtomicLong();
		AtomicLong crossLanguage = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<LatencyHistogram>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int w = 0; w < workers; w++) {
			futures.add(pool.submit(() -> {
				LatencyHistogram histogram = new LatencyHistogram();
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (System.nanoTime() < end) {
					String language = KnowledgeCorpus.LANGUAGES.get(random.nextInt(KnowledgeCorpus.LANGUAGES.size()));
					String q = URLEncoder.encode(KnowledgeCorpus.query(language, random), StandardCharsets.UTF_8);
					String path = "articles".equals(kind)
							? "/api/v1/knowledge/search?limit=10&locale=" + language + "&q=" + q
							: "/api/v1/search/tickets?limit=20&language=" + language + "&q=" + q;
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
						.header("Authorization", "Bearer " + token)
						.timeout(Duration.ofSeconds(30))
						.GET()
						.build();
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
						histogram.record(System.nanoTime() - sent);
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						else if (response.body().contains("\"crossLanguage\":true")) {
							crossLanguage.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				return histogram;
			}));
		}
		LatencyHistogram all = new LatencyHistogram();
		for (Future<LatencyHistogram> future : futures) {
			all.merge(future.get());
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - started) / 1e9;
		if (report) {
			LatencyHistogram.Snapshot snapshot = all.snapshot();
			System.out.printf(
					"%s search, %d workers, %.0f s: %d requests, %.1f req/s, errors %d; latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%s%n",
					kind, workers, elapsed, all.count(), all.count() / elapsed, errors.get(),
					snapshot.percentileMillis(50), snapshot.percentileMillis(95), snapshot.percentileMillis(99),
					snapshot.maxMillis(), "articles".equals(kind)
							? "; responses with a cross-language result " + crossLanguage.get() : "");
		}
	}

}
