package dev.meridian.language.memory;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The translation stores outside the application, for the benchmark. */
public final class BenchStores {

	private BenchStores() {
	}

	public static TranslationMemory memory(JdbcClient jdbc) {
		return new TranslationMemory(jdbc, Clock.systemUTC());
	}

	public static GlossaryTerms glossary(JdbcClient jdbc) {
		return new GlossaryTerms(jdbc, Clock.systemUTC());
	}

	public static PendingTranslations pending(JdbcClient jdbc) {
		return new PendingTranslations(jdbc, Clock.systemUTC());
	}

}
