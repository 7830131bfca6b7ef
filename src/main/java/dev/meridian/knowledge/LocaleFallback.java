package dev.meridian.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the version of an article a reader gets: their own locale, then the configured
 * chain for it (per market first), then their language in any region, then the source. A
 * reader always gets something; the chosen locale tells whether a note is due.
 */
@Component
public class LocaleFallback {

	private final KnowledgeSettings settings;

	LocaleFallback(KnowledgeSettings settings) {
		this.settings = settings;
	}

	/**
	 * Reads a locale from an address or a header. Anything unusable (a typo, a language
	 * that does not exist) becomes the default locale: never an error page.
	 */
	public LanguageTag readable(@Nullable String tag) {
		if (tag != null && !tag.isBlank() && tag.length() <= 35) {
			try {
				LanguageTag parsed = new LanguageTag(tag);
				if (!parsed.isUndetermined()) {
					return parsed;
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the default
			}
		}
		return defaultLocale();
	}

	public LanguageTag defaultLocale() {
		return new LanguageTag(this.settings.defaultLocale());
	}

	/** The locales to try for a reader, best first (without the article's source). */
	public List<LanguageTag> chain(LanguageTag reader, @Nullable CountryCode market) {
		Set<LanguageTag> chain = new LinkedHashSet<>();
		chain.add(reader);
		configured(reader, market).forEach(chain::add);
		LanguageTag language = new LanguageTag(reader.language());
		chain.add(language);
		if (!language.equals(reader)) {
			configured(language, market).forEach(chain::add);
		}
		return List.copyOf(chain);
	}

	private List<LanguageTag> configured(LanguageTag locale, @Nullable CountryCode market) {
		List<String> chain = null;
		if (market != null) {
			Map<String, List<String>> forMarket = this.settings.marketFallbackChains().get(market.value());
			chain = forMarket == null ? null : forMarket.get(locale.value());
		}
		if (chain == null) {
			chain = this.settings.fallbackChains().get(locale.value());
		}
		List<LanguageTag> tags = new ArrayList<>();
		for (String tag : chain == null ? List.<String>of() : chain) {
			tags.add(new LanguageTag(tag));
		}
		return tags;
	}

	/** The best translation of the article for the reader among those that qualify. */
	public Optional<ArticleTranslation> best(Article article, List<LanguageTag> chain,
			Predicate<ArticleTranslation> qualifies) {
		List<ArticleTranslation> candidates = article.translations().stream().filter(qualifies).toList();
		for (LanguageTag wanted : chain) {
			for (ArticleTranslation candidate : candidates) {
				if (candidate.locale().equals(wanted)) {
					return Optional.of(candidate);
				}
			}
			// A chain entry without a region ("fr") accepts the language in any region.
			if (wanted.locale().getCountry().isEmpty()) {
				for (ArticleTranslation candidate : candidates) {
					if (candidate.locale().language().equals(wanted.language())) {
						return Optional.of(candidate);
					}
				}
			}
		}
		return candidates.stream()
			.filter(candidate -> candidate.locale().equals(article.sourceLocale()))
			.findFirst()
			.or(() -> candidates.stream().findFirst());
	}

}
