package dev.meridian.knowledge;

import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A short answer to a question typed in the help center's search box, above the search
 * results: the bot's (module {@code bot}) when it runs, which this module does not know
 * of. Empty when there is no answer the answerer is sure of in the reader's language.
 */
public interface QuestionAnswers {

	Optional<QuickAnswer> answer(String question, LanguageTag reader, @Nullable CountryCode market);

	/**
	 * A passage of an article, in {@code language}.
	 *
	 * @param article the article it comes from
	 * @param locale the article's version the passage comes from
	 * @param title the article's title in {@code language}
	 * @param text the passage, plain text
	 * @param language the language of title and passage: the reader's
	 * @param machineTranslated title and passage were translated by machine from
	 * {@code locale}
	 */
	record QuickAnswer(ArticleId article, LanguageTag locale, String title, String text, LanguageTag language,
			boolean machineTranslated) {
	}

}
