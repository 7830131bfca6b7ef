package dev.meridian.knowledge;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A translation as an editor or the API gives it.
 *
 * @param locale BCP 47 locale of the text
 * @param title the title
 * @param body Markdown; HTML in it is sanitized when rendered
 * @param status draft, in review or published
 * @param slug the address in the help center; made from the title when absent
 * @param author who wrote it
 */
public record TranslationDraft(LanguageTag locale, String title, String body, TranslationStatus status,
		@Nullable String slug, @Nullable String author) {
}
