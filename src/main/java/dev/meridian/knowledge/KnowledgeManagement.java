package dev.meridian.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.knowledge.internal.Articles;
import dev.meridian.knowledge.internal.Categories;
import dev.meridian.knowledge.internal.Revisions;
import dev.meridian.knowledge.internal.Votes;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the knowledge base: articles and their translations, categories,
 * freshness and readers' votes.
 */
@Service
@Transactional
public class KnowledgeManagement {

	static final int MAX_TRANSLATIONS = 100;

	private final Articles articles;

	private final Categories categories;

	private final Revisions revisions;

	private final Votes votes;

	private final KnowledgeSettings settings;

	private final Clock clock;

	KnowledgeManagement(Articles articles, Categories categories, Revisions revisions, Votes votes,
			KnowledgeSettings settings, Clock clock) {
		this.articles = articles;
		this.categories = categories;
		this.revisions = revisions;
		this.votes = votes;
		this.settings = settings;
		this.clock = clock;
	}

	public Article create(NewArticle request) {
		if (request.translations().isEmpty() || request.translations().size() > MAX_TRANSLATIONS) {
			throw new InvalidValueException("translations",
					"An article needs 1 to " + MAX_TRANSLATIONS + " translations");
		}
		Set<LanguageTag> seen = new HashSet<>();
		for (TranslationDraft draft : request.translations()) {
			if (!seen.add(draft.locale())) {
				throw new InvalidValueException("translations", "Two translations in " + draft.locale());
			}
		}
		if (!seen.contains(request.sourceLocale())) {
			throw new InvalidValueException("translations",
					"One translation must be in the source locale " + request.sourceLocale());
		}
		Instant now = this.clock.instant();
		Article article = new Article(request.sourceLocale(), categoryId(request.category()), request.markets(),
				request.internal(), now);
		// The source first, so translations are written against its first revision.
		List<TranslationDraft> ordered = new ArrayList<>(request.translations());
		ordered.sort((a, b) -> Boolean.compare(!a.locale().equals(request.sourceLocale()),
				!b.locale().equals(request.sourceLocale())));
		for (TranslationDraft draft : ordered) {
			ArticleTranslation written = article.write(draft, EditKind.SUBSTANTIVE, now);
			requireFreeSlug(article, written);
		}
		this.articles.save(article);
		this.revisions.save(new ArticleRevision(article, EditKind.SUBSTANTIVE, article.source(), now));
		return article;
	}

	/**
	 * Writes one locale's text. In the source locale it is a new revision, minor or
	 * substantive; elsewhere it brings the translation up to date with the source.
	 */
	public ArticleTranslation write(ArticleId id, TranslationDraft draft, EditKind kind) {
		Article article = get(id);
		Instant now = this.clock.instant();
		int before = article.revision();
		ArticleTranslation written = article.write(draft, kind, now);
		requireFreeSlug(article, written);
		if (article.revision() != before) {
			this.revisions.save(new ArticleRevision(article, kind, written, now));
		}
		return written;
	}

	public void removeTranslation(ArticleId id, LanguageTag locale) {
		get(id).remove(locale);
	}

	public Article classify(ArticleId id, @Nullable String category, List<CountryCode> markets, boolean internal) {
		Article article = get(id);
		article.classify(categoryId(category), markets, internal, this.clock.instant());
		return article;
	}

	public void delete(ArticleId id) {
		this.articles.delete(get(id));
	}

	@Transactional(readOnly = true)
	public Article get(ArticleId id) {
		return this.articles.findById(id.value()).orElseThrow(() -> new NotFoundException("Article", id));
	}

	@Transactional(readOnly = true)
	public Optional<Article> find(ArticleId id) {
		return this.articles.findById(id.value());
	}

	/** The article whose translation in the locale has the slug. */
	@Transactional(readOnly = true)
	public Optional<Article> findBySlug(LanguageTag locale, String slug) {
		return this.articles.findBySlug(locale.value(), slug).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public List<Article> all() {
		return this.articles.findAllWithTranslations();
	}

	/** The source text as it was at a revision, if it was kept. */
	@Transactional(readOnly = true)
	public Optional<ArticleRevision> revision(ArticleId id, int revision) {
		return this.revisions.find(id.value(), revision);
	}

	public Category createCategory(String slug, @Nullable String parent, Map<LanguageTag, String> names, int position) {
		if (this.categories.findBySlug(Slugs.of(slug, slug)).isPresent()) {
			throw new SlugTakenException("categories", slug);
		}
		return this.categories.save(new Category(slug, categoryId(parent), names, position, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Category> categories() {
		return this.categories.findAllOrdered();
	}

	@Transactional(readOnly = true)
	public Optional<Category> category(String idOrSlug) {
		try {
			return this.categories.findById(UUID.fromString(idOrSlug));
		}
		catch (IllegalArgumentException ex) {
			return this.categories.findBySlug(idOrSlug);
		}
	}

	/**
	 * Per locale offered (and any other locale that has translations), what is missing
	 * and what is outdated.
	 */
	@Transactional(readOnly = true)
	public List<Freshness> freshness() {
		List<Article> all = all();
		Set<LanguageTag> locales = new LinkedHashSet<>();
		this.settings.locales().forEach(locale -> locales.add(new LanguageTag(locale)));
		all.forEach(article -> article.translations().forEach(t -> locales.add(t.locale())));
		List<Freshness> result = new ArrayList<>();
		for (LanguageTag locale : locales) {
			List<Article> missing = new ArrayList<>();
			List<ArticleTranslation> outdated = new ArrayList<>();
			int current = 0;
			for (Article article : all) {
				Optional<ArticleTranslation> translation = article.translation(locale);
				if (translation.isEmpty()) {
					missing.add(article);
				}
				else if (translation.get().isOutdated()) {
					outdated.add(translation.get());
				}
				else {
					current++;
				}
			}
			result.add(new Freshness(locale, missing, outdated, current));
		}
		return result;
	}

	/** The locales the help center offers in its language switcher. */
	public List<LanguageTag> helpLocales() {
		return this.settings.locales().stream().map(LanguageTag::new).toList();
	}

	public void vote(ArticleId id, LanguageTag locale, boolean helpful) {
		Article article = get(id);
		if (article.translation(locale).isEmpty()) {
			throw new NotFoundException("Translation", id + " in " + locale);
		}
		this.votes.count(id.value(), locale.value(), helpful);
	}

	/** Helpful and unhelpful votes of one translation. */
	@Transactional(readOnly = true)
	public long[] votes(ArticleId id, LanguageTag locale) {
		return this.votes.counts(id.value(), locale.value());
	}

	private @Nullable UUID categoryId(@Nullable String idOrSlug) {
		if (idOrSlug == null || idOrSlug.isBlank()) {
			return null;
		}
		return category(idOrSlug.strip()).map(Category::id)
			.orElseThrow(() -> new InvalidValueException("category", "No category '" + idOrSlug + "'"));
	}

	private void requireFreeSlug(Article article, ArticleTranslation written) {
		if (this.articles.slugTaken(written.locale().value(), written.slug(), article.id().value())) {
			throw new SlugTakenException(written.locale().value(), written.slug());
		}
	}

}
