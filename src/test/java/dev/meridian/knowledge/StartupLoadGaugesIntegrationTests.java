package dev.meridian.knowledge;

import java.time.Duration;

import dev.meridian.knowledge.internal.DictionaryQueryTranslation;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gauges that say a fresh node is still reading its dictionaries and language models
 * (operators watch them; the benchmarks wait for them before measuring) go to 0 once the
 * loads are done.
 */
@IntegrationTest
class StartupLoadGaugesIntegrationTests {

	@Autowired
	MeterRegistry meters;

	@Autowired
	DictionaryQueryTranslation dictionaries;

	@Test
	void theStartUpLoadGaugesReadZeroOnceTheLoadsAreDone() {
		assertThat(this.dictionaries.awaitLoaded(Duration.ofMinutes(5))).isTrue();
		Eventually.holds("the dictionaries' gauge reads 0",
				() -> this.meters.get("meridian.knowledge.dictionaries.loading").gauge().value() == 0);
		Eventually.holds("the language models' gauge reads 0",
				() -> this.meters.get("meridian.language.models.preloading").gauge().value() == 0);
	}

}
