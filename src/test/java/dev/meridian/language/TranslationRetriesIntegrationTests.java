package dev.meridian.language;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.meridian.language.memory.PendingTranslations;
import dev.meridian.language.memory.SourceText;
import dev.meridian.markets.LanguageTag;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translation an engine could not make is tried again and, once made, leaves the queue
 * for the memory.
 */
@IntegrationTest
class TranslationRetriesIntegrationTests {

	@Autowired
	Translation translation;

	@Autowired
	PendingTranslations pending;

	@Test
	void aTranslationThatFailedIsMadeOnItsNextAttempt() {
		LanguageTag es = new LanguageTag("es");
		LanguageTag en = new LanguageTag("en");
		String text = "Hola, el pedido " + ThreadLocalRandom.current().nextInt(10_000, 99_999) + " llegó roto.";
		this.pending.failed(SourceText.of(text), "es", "en",
				"The translation engine 'apertium' is unavailable: " + "no answer within 15000 ms", Duration.ZERO);
		assertThat(this.translation.pending(text, es, en))
			.hasValueSatisfying(p -> assertThat(p.lastError()).contains("no answer"));

		// The scheduled retry may claim it first; then this run finds nothing to do and
		// the
		// scheduled one makes it.
		this.translation.retryDue(50);
		Eventually.holds("the retried translation made", () -> this.translation.pending(text, es, en).isEmpty());

		assertThat(this.translation.remembered(text, es, en))
			.hasValueSatisfying(t -> assertThat(t.engine()).isEqualTo("apertium"));
	}

}
