package dev.meridian.language;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranslationRoutesTests {

	final TranslationRoutes routes = new TranslationRoutes(
			List.of("es:en=deepl", "*:ja=google", "pt:*=microsoft", " de : fr = libretranslate "), "apertium");

	@Test
	void theMostSpecificRouteWins() {
		assertThat(this.routes.engineFor(LanguagePair.of("es", "en"))).isEqualTo("deepl");
		assertThat(this.routes.engineFor(LanguagePair.of("es-MX", "en-GB"))).isEqualTo("deepl");
		assertThat(this.routes.engineFor(LanguagePair.of("pt", "ja"))).isEqualTo("microsoft");
		assertThat(this.routes.engineFor(LanguagePair.of("en", "ja"))).isEqualTo("google");
		assertThat(this.routes.engineFor(LanguagePair.of("de", "fr"))).isEqualTo("libretranslate");
	}

	@Test
	void unroutedPairsGoToTheDefaultEngine() {
		assertThat(this.routes.engineFor(LanguagePair.of("en", "es"))).isEqualTo("apertium");
		assertThat(new TranslationRoutes(List.of("*:*=deepl"), "apertium").engineFor(LanguagePair.of("en", "es")))
			.isEqualTo("deepl");
	}

	@Test
	void refusesARouteItCannotRead() {
		assertThatThrownBy(() -> new TranslationRoutes(List.of("es-en=deepl"), "apertium"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("from:to=engine");
	}

}
