package dev.meridian.language.engines;

import java.time.Duration;

import dev.meridian.language.LanguagePair;
import dev.meridian.support.ApertiumServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apertium for real: apertium-apy from the Debian packages, started on a loopback port.
 */
class ApertiumEngineIntegrationTests {

	static ApertiumServer server;

	static ApertiumEngine engine;

	@BeforeAll
	static void start() {
		server = ApertiumServer.start();
		engine = new ApertiumEngine(server.url(),
				new RetryingClient("apertium", new EngineHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(20), 2,
						Duration.ofMillis(50), Duration.ofSeconds(2))));
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void readsTheInstalledPairsInApertiumCodes() {
		assertThat(engine.langpairs()).contains("eng|spa", "spa|eng", "por|spa", "spa|por", "fra|spa", "spa|fra");
	}

	@Test
	void mapsLanguageTagsToApertiumCodes() {
		assertThat(engine.langpair(LanguagePair.of("en", "es"))).isEqualTo("eng|spa");
		assertThat(engine.langpair(LanguagePair.of("es-MX", "en-US"))).isEqualTo("spa|eng_US");
		assertThat(engine.langpair(LanguagePair.of("es", "pt-BR"))).isEqualTo("spa|por_BR");
		assertThat(engine.langpair(LanguagePair.of("pt-BR", "es"))).isEqualTo("por|spa");
		assertThat(engine.supports(LanguagePair.of("en", "pt"))).isFalse();
		assertThat(engine.supports(LanguagePair.of("ja", "en"))).isFalse();
	}

	@Test
	void translatesSpanishIntoEnglishAndBack() {
		assertThat(engine.translate("Hola, mi pedido no ha llegado.", LanguagePair.of("es", "en")))
			.containsIgnoringCase("hello")
			.containsIgnoringCase("arrived");
		assertThat(engine.translate("Thank you for your patience.", LanguagePair.of("en", "es")))
			.containsIgnoringCase("gracias");
	}

	@Test
	void leavesPlaceholdersAlone() {
		assertThat(engine.translate("The ZZG0ZZ ships tomorrow.", LanguagePair.of("en", "es"))).contains("ZZG0ZZ")
			.doesNotContain("*");
	}

}
