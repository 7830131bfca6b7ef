package dev.meridian.language;

import java.util.List;

import dev.meridian.markets.LanguageTag;

/**
 * The language of a text and how sure we are, with the runners-up.
 *
 * @param language a BCP 47 tag, {@code und} when the text gives no reliable answer
 * @param confidence between 0 and 1
 * @param alternatives the next most likely languages, most likely first
 */
public record Detection(LanguageTag language, double confidence, List<Alternative> alternatives) {

	/** A language that was considered. */
	public record Alternative(LanguageTag language, double confidence) {
	}

	public Detection {
		alternatives = List.copyOf(alternatives);
	}

	public static Detection undetermined() {
		return new Detection(LanguageTag.UNDETERMINED, 0, List.of());
	}

}
