package dev.meridian.language;

import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a text's language before reading it: the customer's preferred
 * language, a language the sender declared (an email's {@code Content-Language}), the
 * chat widget's browser languages, and the languages of the customer's market.
 */
public record DetectionHints(@Nullable LanguageTag customerLanguage, @Nullable LanguageTag declaredLanguage,
		List<LanguageTag> browserLanguages, List<LanguageTag> marketLanguages) {

	public DetectionHints {
		browserLanguages = List.copyOf(browserLanguages);
		marketLanguages = List.copyOf(marketLanguages);
	}

	public static DetectionHints none() {
		return new DetectionHints(null, null, List.of(), List.of());
	}

	public static DetectionHints customer(@Nullable LanguageTag customerLanguage, List<LanguageTag> marketLanguages) {
		return new DetectionHints(customerLanguage, null, List.of(), marketLanguages);
	}

}
