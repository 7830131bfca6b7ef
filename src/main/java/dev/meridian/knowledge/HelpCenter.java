package dev.meridian.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader of the public help center sees: published, public articles of their
 * market, each in the best version for their locale.
 */
@Service
@Transactional(readOnly = true)
public class HelpCenter {

	private final KnowledgeManagement knowledge;

	private final LocaleFallback fallback;

	HelpCenter(KnowledgeManagement knowledge, LocaleFallback fallback) {
		this.knowledge = knowledge;
		this.fallback = fallback;
	}

	/**
	 * The version of an article a reader gets.
	 *
	 * @param article the article
	 * @param translation the text shown
	 * @param wanted the reader's locale
	 */
	public record Reading(Article article, ArticleTranslation translation, LanguageTag wanted) {

		/** Not in the reader's own locale: the page says so. */
		public boolean isFallback() {
			return !this.translation.locale().equals(this.wanted);
		}

		/** The other published versions, for the language switcher and hreflang links. */
		public List<ArticleTranslation> versions() {
			return this.article.translations().stream().filter(ArticleTranslation::isPublished).toList();
		}

	}

	/**
	 * Categories in order, each with the articles the reader gets; uncategorised last.
	 */
	public Map<Optional<Category>, List<Reading>> home(LanguageTag reader, @Nullable CountryCode market) {
		Map<UUID, Category> categories = new LinkedHashMap<>();
		this.knowledge.categories().forEach(category -> categories.put(category.id(), category));
		Map<Optional<Category>, List<Reading>> home = new LinkedHashMap<>();
		categories.values().forEach(category -> home.put(Optional.of(category), new ArrayList<>()));
		for (Article article : this.knowledge.all()) {
			Optional<Reading> reading = reading(article, reader, market);
			if (reading.isPresent()) {
				Optional<Category> category = article.category().map(categories::get);
				home.computeIfAbsent(category, key -> new ArrayList<>()).add(reading.get());
			}
		}
		home.values().removeIf(List::isEmpty);
		home.values().forEach(list -> list.sort(Comparator.comparing(r -> r.translation().title())));
		return home;
	}

	/** The article behind a help center address, in the best version for the reader. */
	public Optional<Reading> article(String slug, LanguageTag reader, @Nullable CountryCode market) {
		Optional<Article> article = this.knowledge.findBySlug(reader, slug);
		if (article.isEmpty()) {
			for (Article candidate : this.knowledge.all()) {
				if (candidate.translations().stream().anyMatch(t -> t.slug().equals(slug))) {
					article = Optional.of(candidate);
					break;
				}
			}
		}
		return article.flatMap(found -> reading(found, reader, market));
	}

	public Optional<Reading> article(ArticleId id, LanguageTag reader, @Nullable CountryCode market) {
		return this.knowledge.find(id).flatMap(found -> reading(found, reader, market));
	}

	private Optional<Reading> reading(Article article, LanguageTag reader, @Nullable CountryCode market) {
		if (article.isInternal() || !article.shownIn(market)) {
			return Optional.empty();
		}
		return this.fallback.best(article, this.fallback.chain(reader, market), ArticleTranslation::isPublished)
			.map(translation -> new Reading(article, translation, reader));
	}

}
