package dev.meridian.knowledge;

import java.util.List;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * An article to create: its source locale, its texts (the source one among them), where
 * it is filed and who may read it.
 *
 * @param sourceLocale the locale the article is written in
 * @param translations the texts; one of them in the source locale
 * @param category a category's id or slug
 * @param markets markets it is shown in; empty means every market
 * @param internal for agents only
 */
public record NewArticle(LanguageTag sourceLocale, List<TranslationDraft> translations, @Nullable String category,
		List<CountryCode> markets, boolean internal) {

	public NewArticle {
		translations = List.copyOf(translations);
		markets = List.copyOf(markets);
	}

}
