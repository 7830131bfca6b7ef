package dev.meridian.knowledge.web;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.knowledge.NewArticle;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationStatus;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/** Article requests as clients send them, turned into domain values field by field. */
final class ArticleRequests {

	private ArticleRequests() {
	}

	record CreateArticle(@Nullable String sourceLocale, @Nullable List<TranslationPart> translations,
			@Nullable String category, @Nullable List<String> markets, @Nullable Boolean internal) {

		NewArticle toNewArticle(@Nullable String author) {
			if (this.sourceLocale == null) {
				throw new InvalidValueException("sourceLocale", "sourceLocale is required");
			}
			if (this.translations == null || this.translations.isEmpty()) {
				throw new InvalidValueException("translations", "At least one translation is required");
			}
			List<TranslationDraft> drafts = new ArrayList<>();
			for (int i = 0; i < this.translations.size(); i++) {
				TranslationPart part = this.translations.get(i);
				if (part == null) {
					throw new InvalidValueException("translations[" + i + "]", "A translation must be an object");
				}
				drafts.add(part.toDraft("translations[" + i + "]", null, author));
			}
			return new NewArticle(LanguageTag.parse("sourceLocale", this.sourceLocale), drafts, this.category,
					ArticleRequests.markets(this.markets), Boolean.TRUE.equals(this.internal));
		}

	}

	record TranslationPart(@Nullable String locale, @Nullable String title, @Nullable String body,
			@Nullable String status, @Nullable String slug, @Nullable String author, @Nullable String edit) {

		TranslationDraft toDraft(String field, @Nullable LanguageTag pathLocale, @Nullable String caller) {
			LanguageTag tag;
			if (pathLocale != null) {
				tag = pathLocale;
			}
			else if (this.locale == null) {
				throw new InvalidValueException(field + ".locale", "locale is required");
			}
			else {
				tag = LanguageTag.parse(field + ".locale", this.locale);
			}
			if (this.title == null || this.title.isBlank()) {
				throw new InvalidValueException(field + ".title", "title is required");
			}
			if (this.body == null || this.body.isBlank()) {
				throw new InvalidValueException(field + ".body", "body is required");
			}
			TranslationStatus parsed = this.status == null ? TranslationStatus.DRAFT
					: TranslationStatus.parse(field + ".status", this.status);
			return new TranslationDraft(tag, this.title, this.body, parsed, this.slug,
					this.author != null ? this.author : caller);
		}

	}

	record Classification(@Nullable String category, @Nullable List<String> markets, @Nullable Boolean internal) {
	}

	record CreateCategory(@Nullable String slug, @Nullable String parent, java.util.@Nullable Map<String, String> names,
			@Nullable Integer position) {
	}

	static List<CountryCode> markets(@Nullable List<String> markets) {
		if (markets == null) {
			return List.of();
		}
		List<CountryCode> codes = new ArrayList<>();
		for (int i = 0; i < markets.size(); i++) {
			codes.add(CountryCode.parse("markets[" + i + "]", markets.get(i)));
		}
		return codes;
	}

}
