package dev.meridian.language.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullModelsTests {

	private final AtomicLong now = new AtomicLong();

	/** English is configured: its models always stay; two others may join it. */
	private final FullModels models = new FullModels(List.of(Language.ENGLISH), 2, this.now::get);

	@Test
	void modelsInUseLatelyStayUpToTwiceTheBudget() {
		this.models.use(List.of(Language.CZECH, Language.SLOVAK));
		this.models.use(List.of(Language.SLOVENE, Language.ENGLISH));
		this.models.use(List.of(Language.CROATIAN));

		assertThat(this.models.unloads()).isZero();
		assertThat(this.models.extraLoaded()).isEqualTo(4);
	}

	@Test
	void beyondTwiceTheBudgetTheLeastRecentlyUsedGoWhateverTheirAge() {
		this.models.use(List.of(Language.CZECH, Language.SLOVAK, Language.SLOVENE, Language.CROATIAN));
		this.models.use(List.of(Language.BOSNIAN));

		assertThat(this.models.unloads()).isEqualTo(1);
		assertThat(this.models.extraLoaded()).isEqualTo(4);
	}

	@Test
	void modelsNotUsedForAWhileGoDownToTheBudget() {
		this.models.use(List.of(Language.CZECH, Language.SLOVAK, Language.SLOVENE));
		this.now.addAndGet(FullModels.RECENT.plus(Duration.ofSeconds(1)).toNanos());

		this.models.use(List.of(Language.CROATIAN));

		assertThat(this.models.unloads()).isEqualTo(2);
		assertThat(this.models.extraLoaded()).isEqualTo(2);
	}

}
