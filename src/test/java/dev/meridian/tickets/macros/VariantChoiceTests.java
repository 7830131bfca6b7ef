package dev.meridian.tickets.macros;

import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VariantChoiceTests {

	private static final LanguageTag EN = new LanguageTag("en");

	private static List<LanguageTag> tags(String... values) {
		return java.util.Arrays.stream(values).map(LanguageTag::new).toList();
	}

	@Test
	void customersLanguageComesFirst() {
		assertThat(VariantChoice.choose(tags("en", "pt-BR", "es"), tags("pt-BR", "es"), EN)).hasToString("pt-BR");
	}

	@Test
	void marketsLanguageWhenTheCustomersIsMissing() {
		assertThat(VariantChoice.choose(tags("en", "es"), tags("ca", "es"), EN)).hasToString("es");
	}

	@Test
	void sourceWhenNoPreferenceIsServed() {
		assertThat(VariantChoice.choose(tags("en", "de"), tags("ja", "ko"), EN)).isEqualTo(EN);
		assertThat(VariantChoice.choose(tags("en"), List.of(), EN)).isEqualTo(EN);
	}

	@Test
	void languageAloneServesARegionalPreferenceBeforeAnotherRegion() {
		assertThat(VariantChoice.choose(tags("en", "pt-PT", "pt"), tags("pt-BR"), EN)).hasToString("pt");
	}

	@Test
	void anotherRegionOfTheLanguageIsBetterThanTheSource() {
		assertThat(VariantChoice.choose(tags("en", "pt-BR"), tags("pt-PT"), EN)).hasToString("pt-BR");
		assertThat(VariantChoice.choose(tags("en", "pt-BR"), tags("pt"), EN)).hasToString("pt-BR");
	}

	@Test
	void undeterminedPreferenceIsSkipped() {
		assertThat(VariantChoice.choose(tags("en", "fr"), tags("und", "fr"), EN)).hasToString("fr");
	}

}
