package dev.meridian.language;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.meridian.language.engines.ApertiumEngine;
import dev.meridian.language.engines.ApertiumProcess;
import dev.meridian.language.engines.ApertiumSettings;
import dev.meridian.language.engines.EngineHttpSettings;
import dev.meridian.language.engines.RetryingClient;
import dev.meridian.language.memory.BenchStores;
import dev.meridian.markets.LanguageTag;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Translation latency on this machine, one request at a time:
 * <ol>
 * <li>Apertium, warm: apertium-apy started as the server starts it (loopback, managed),
 * each pair's pipeline warmed up, then distinct texts (a one-sentence chat line and a
 * three-sentence email) es→en and en→es, straight to the engine;</li>
 * <li>the same through {@link Translation} on a first request (engine + glossary lookup +
 * memory insert), and the memory hit for a text translated before (SHA-256 + one indexed
 * select on PostgreSQL).</li>
 * </ol>
 * Arguments: JDBC URL, user, texts per measurement.
 */
public final class TranslationBench {

	static final String[] SHORT_ES = { "Hola, mi pedido %d no ha llegado todavía.",
			"Buenos días, quiero devolver el pedido %d.", "¿Cuándo llega el paquete %d?",
			"Gracias, el pedido %d llegó hoy.", "El producto del pedido %d está roto." };

	static final String[] SHORT_EN = { "Thank you, your order %d ships tomorrow.",
			"We have refunded order %d today.", "Your parcel %d is at the depot.",
			"Please send us a photo of order %d.", "The courier will call you about order %d." };

	static final String EMAIL_ES = "Hola, les escribo por el pedido %d. Lo compré hace dos semanas y todavía no ha "
			+ "llegado. ¿Pueden decirme dónde está el paquete y cuándo llegará?";

	static final String EMAIL_EN = "Thank you for writing about order %d. The parcel left our warehouse on Monday. "
			+ "The courier expects to deliver it on Friday before noon.";

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = args[1];
		int count = Integer.parseInt(args[2]);
		Flyway.configure()
			.dataSource(url, user, "")
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.load()
			.clean();
		Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
		// A pool, as in the server: the figure is the query's, not a new connection's.
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setMaximumPoolSize(2);
		JdbcClient jdbc = JdbcClient.create(pool);

		long started = System.nanoTime();
		try (ApertiumProcess process = ApertiumProcess.start(new ApertiumSettings(null, "true",
				"/usr/bin/python3 {launcher} -p {port} {modes}", "/usr/share/apertium/modes", Duration.ofSeconds(60)))) {
			System.out.printf("apertium-apy started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			EngineHttpSettings http = new EngineHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(30), 1,
					Duration.ofMillis(100), Duration.ofSeconds(5));
			ApertiumEngine engine = new ApertiumEngine(process.url(), new RetryingClient("apertium", http));
			LanguagePair esEn = LanguagePair.of("es", "en");
			LanguagePair enEs = LanguagePair.of("en", "es");
			long first = System.nanoTime();
			engine.translate("Hola.", esEn);
			System.out.printf("first request es→en (pipeline start) %d ms%n", (System.nanoTime() - first) / 1_000_000);
			for (int i = 0; i < 30; i++) {
				engine.translate(SHORT_ES[i % SHORT_ES.length].formatted(i), esEn);
				engine.translate(SHORT_EN[i % SHORT_EN.length].formatted(i), enEs);
			}

			System.out.println();
			System.out.printf("%-42s %6s %8s %8s %8s %8s%n", "Apertium, warm (engine only)", "n", "p50 ms", "p90 ms",
					"p99 ms", "mean ms");
			measure("es→en one sentence (~8 words)", count, i -> engine.translate(SHORT_ES[i % 5].formatted(1000 + i), esEn));
			measure("en→es one sentence (~8 words)", count, i -> engine.translate(SHORT_EN[i % 5].formatted(1000 + i), enEs));
			measure("es→en email, 3 sentences (~35 words)", count, i -> engine.translate(EMAIL_ES.formatted(1000 + i), esEn));
			measure("en→es email, 3 sentences (~30 words)", count, i -> engine.translate(EMAIL_EN.formatted(1000 + i), enEs));

			Translation translation = new Translation(List.of(engine),
					new TranslationSettings("apertium", List.of(), List.of("en", "es"), 10_000, Duration.ofSeconds(30), 8,
							true, Map.of()),
					LanguageDetection.standalone(new LanguageSettings(List.of("en", "es"), true, false, 0)),
					BenchStores.memory(jdbc), BenchStores.glossary(jdbc), BenchStores.pending(jdbc));
			LanguageTag es = new LanguageTag("es");
			LanguageTag en = new LanguageTag("en");
			System.out.println();
			System.out.printf("%-42s %6s %8s %8s %8s %8s%n", "Through Translation (PostgreSQL memory)", "n", "p50 ms",
					"p90 ms", "p99 ms", "mean ms");
			measure("first time: engine + glossary + insert", count,
					i -> translation.translate(SHORT_ES[i % 5].formatted(5000 + i), es, en));
			measure("memory hit (same text again)", count * 5,
					i -> check(translation.translate(SHORT_ES[i % 5].formatted(5000 + (i % count)), es, en)));
		}
	}

	static void check(Translated translated) {
		if (!translated.fromMemory()) {
			throw new IllegalStateException("expected a memory hit");
		}
	}

	interface Step {

		void run(int i) throws Exception;

	}

	static void measure(String name, int count, Step step) throws Exception {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			step.run(i);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
		System.out.printf("%-42s %6d %8.2f %8.2f %8.2f %8.2f%n", name, count, nanos[count / 2] / 1e6,
				nanos[(int) (count * 0.9)] / 1e6, nanos[Math.min(count - 1, (int) (count * 0.99))] / 1e6, mean);
	}

}
