package dev.meridian.tickets.macros;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.meridian.markets.LanguageTag;

/**
 * Which of a macro's languages a reader gets: the first preference that some variant
 * serves, else the source. A preference is served by a variant of exactly its tag, else
 * by a variant of its language alone ({@code pt} for {@code pt-BR}), else by any variant
 * of the same language ({@code pt-BR} for {@code pt} or {@code pt-PT}): a Brazilian reads
 * a Portuguese text from Portugal rather than the English source.
 */
public final class VariantChoice {

	private VariantChoice() {
	}

	/**
	 * @param available the languages the macro has variants in
	 * @param preferences in order, e.g. the customer's language, then the market's
	 * @param source the source variant's language, the last resort
	 */
	public static LanguageTag choose(Collection<LanguageTag> available, List<LanguageTag> preferences,
			LanguageTag source) {
		for (LanguageTag preference : preferences) {
			if (preference.isUndetermined()) {
				continue;
			}
			Optional<LanguageTag> served = serving(available, preference);
			if (served.isPresent()) {
				return served.get();
			}
		}
		return source;
	}

	private static Optional<LanguageTag> serving(Collection<LanguageTag> available, LanguageTag preference) {
		Optional<LanguageTag> exact = available.stream().filter(preference::equals).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		Optional<LanguageTag> languageAlone = available.stream()
			.filter(tag -> tag.value().equals(preference.language()))
			.findFirst();
		if (languageAlone.isPresent()) {
			return languageAlone;
		}
		return available.stream()
			.filter(tag -> tag.language().equals(preference.language()))
			.sorted(java.util.Comparator.comparing(LanguageTag::value))
			.findFirst();
	}

}
