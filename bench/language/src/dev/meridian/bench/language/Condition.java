package dev.meridian.bench.language;

import java.util.List;
import java.util.function.Function;

import dev.meridian.language.DetectionHints;
import dev.meridian.markets.LanguageTag;

/** What is known of the writer before the text is read, given the text's true language. */
enum Condition {

	NONE("none", "no hints", language -> DetectionHints.none()),

	CUSTOMER("customer", "the customer's language known",
			language -> DetectionHints.customer(tag(language), List.of())),

	MARKET("market", "market languages known: the true one and en (es for English texts)",
			language -> DetectionHints.customer(null, List.of(tag(language), tag(language.equals("en") ? "es" : "en")))),

	WRONG_CUSTOMER("wrong-c", "a wrong customer language on file: en (de for English texts)",
			language -> DetectionHints.customer(tag(language.equals("en") ? "de" : "en"), List.of())),

	OUTSIDE_MARKET("outside", "written outside the market: market en + es (de + fr for en and es texts)",
			language -> DetectionHints.customer(null, (language.equals("en") || language.equals("es"))
					? List.of(tag("de"), tag("fr")) : List.of(tag("en"), tag("es"))));

	final String column;

	final String description;

	private final Function<String, DetectionHints> hints;

	Condition(String column, String description, Function<String, DetectionHints> hints) {
		this.column = column;
		this.description = description;
		this.hints = hints;
	}

	DetectionHints hints(String trueLanguage) {
		return this.hints.apply(trueLanguage);
	}

	private static LanguageTag tag(String language) {
		return new LanguageTag(language);
	}

}
