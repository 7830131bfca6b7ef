package dev.meridian.bot.answers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleTranslation;
import dev.meridian.knowledge.HelpCenter;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the bot may quote of an article, as plain values inside one short read-only
 * transaction: the version the help center would show the reader (their locale, the
 * fallback chain, the source), and the content words of every published version.
 * Translating happens afterwards, outside any transaction.
 */
@Component
@Transactional(readOnly = true)
public class ArticleTexts {

	/**
	 * @param articleId the article
	 * @param locale the locale of the version chosen for the reader
	 * @param title its title
	 * @param html its body, rendered and sanitized
	 * @param words content words of all its published versions, titles included
	 */
	public record ArticleText(ArticleId articleId, LanguageTag locale, String title, String html, Set<String> words) {
	}

	private final HelpCenter helpCenter;

	private final ArticleWords versionWords;

	ArticleTexts(HelpCenter helpCenter, ArticleWords versionWords) {
		this.helpCenter = helpCenter;
		this.versionWords = versionWords;
	}

	/**
	 * The articles the reader may see (not internal, not another market's), by id, in one
	 * transaction.
	 */
	public Map<ArticleId, ArticleText> read(List<ArticleId> ids, LanguageTag reader, @Nullable CountryCode market) {
		Map<ArticleId, ArticleText> texts = new HashMap<>();
		for (ArticleId id : ids) {
			read(id, reader, market).ifPresent(text -> texts.put(id, text));
		}
		return texts;
	}

	/** Empty when the reader may not see the article (internal, another market's). */
	public Optional<ArticleText> read(ArticleId id, LanguageTag reader, @Nullable CountryCode market) {
		return this.helpCenter.article(id, reader, market).map(reading -> {
			Set<String> words = new HashSet<>();
			for (ArticleTranslation version : reading.versions()) {
				words.addAll(this.versionWords.of(version));
			}
			ArticleTranslation shown = reading.translation();
			return new ArticleText(id, shown.locale(), shown.title(), shown.html(), words);
		});
	}

}
