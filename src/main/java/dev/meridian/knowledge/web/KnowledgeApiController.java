package dev.meridian.knowledge.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.knowledge.Article;
import dev.meridian.knowledge.ArticleHit;
import dev.meridian.knowledge.ArticleId;
import dev.meridian.knowledge.ArticleTranslation;
import dev.meridian.knowledge.Category;
import dev.meridian.knowledge.EditKind;
import dev.meridian.knowledge.Freshness;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.KnowledgeSearch;
import dev.meridian.knowledge.NewArticle;
import dev.meridian.knowledge.SearchIndexing;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.web.ArticleRequests.Classification;
import dev.meridian.knowledge.web.ArticleRequests.CreateArticle;
import dev.meridian.knowledge.web.ArticleRequests.CreateCategory;
import dev.meridian.knowledge.web.ArticleRequests.TranslationPart;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knowledge base API: articles, their translations, categories, freshness and search.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge base")
class KnowledgeApiController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeSearch search;

	private final SearchIndexing indexing;

	KnowledgeApiController(KnowledgeManagement knowledge, KnowledgeSearch search, SearchIndexing indexing) {
		this.knowledge = knowledge;
		this.search = search;
		this.indexing = indexing;
	}

	@PostMapping("/reindex")
	@Operation(summary = "Rebuild the search index of articles, tickets, messages and customers (admin)")
	Map<String, Object> reindex(@RequestParam(defaultValue = "2") int threads) throws InterruptedException {
		SearchIndexing.Rebuilt rebuilt = this.indexing.rebuild(Math.min(threads, 16));
		return Map.of("documents", rebuilt.documents(), "millis", rebuilt.took().toMillis());
	}

	@PostMapping("/articles")
	@Operation(summary = "Create an article with its source text and any translations")
	ResponseEntity<Map<String, Object>> create(@RequestBody CreateArticle request) {
		NewArticle draft = request.toNewArticle(null);
		PublishingRights.check(draft.translations());
		Article article = this.knowledge.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + article.id()))
			.body(Map.of("id", article.id().toString()));
	}

	@GetMapping("/articles")
	Map<String, Object> list() {
		return Map.of("items", this.knowledge.all().stream().map(KnowledgeApiController::summary).toList());
	}

	@GetMapping("/articles/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		Article article = this.knowledge.get(new ArticleId(id));
		Map<String, Object> body = summary(article);
		body.put("translations", article.translations().stream().map(KnowledgeApiController::translation).toList());
		return body;
	}

	@PutMapping("/articles/{id}/translations/{locale}")
	@Operation(summary = "Write one locale's text",
			description = "In the source locale, `edit` says whether the change is minor (translations stay current) "
					+ "or substantive (translations become outdated); default substantive.")
	Map<String, Object> write(@PathVariable UUID id, @PathVariable String locale,
			@RequestBody TranslationPart request) {
		LanguageTag tag = LanguageTag.parse("locale", locale);
		EditKind kind = request.edit() == null ? EditKind.SUBSTANTIVE : EditKind.parse("edit", request.edit());
		TranslationDraft draft = request.toDraft("translation", tag, null);
		PublishingRights.check(this.knowledge.get(new ArticleId(id)), draft);
		ArticleTranslation written = this.knowledge.write(new ArticleId(id), draft, kind);
		return translation(written);
	}

	@DeleteMapping("/articles/{id}/translations/{locale}")
	ResponseEntity<Void> removeTranslation(@PathVariable UUID id, @PathVariable String locale) {
		this.knowledge.removeTranslation(new ArticleId(id), LanguageTag.parse("locale", locale));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/articles/{id}/classification")
	Map<String, Object> classify(@PathVariable UUID id, @RequestBody Classification request) {
		PublishingRights.checkClassification(this.knowledge.get(new ArticleId(id)));
		return summary(this.knowledge.classify(new ArticleId(id), request.category(),
				ArticleRequests.markets(request.markets()), Boolean.TRUE.equals(request.internal())));
	}

	@DeleteMapping("/articles/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.knowledge.delete(new ArticleId(id));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/categories")
	Map<String, Object> categories() {
		return Map.of("items", this.knowledge.categories().stream().map(KnowledgeApiController::category).toList());
	}

	@PostMapping("/categories")
	ResponseEntity<Map<String, Object>> createCategory(@RequestBody CreateCategory request) {
		if (request.slug() == null || request.slug().isBlank()) {
			throw new InvalidValueException("slug", "slug is required");
		}
		if (request.names() == null || request.names().isEmpty()) {
			throw new InvalidValueException("names", "names needs at least one locale");
		}
		Map<LanguageTag, String> names = new LinkedHashMap<>();
		request.names().forEach((locale, name) -> names.put(LanguageTag.parse("names", locale), name));
		Category created = this.knowledge.createCategory(request.slug(), request.parent(), names,
				request.position() == null ? 0 : request.position());
		return ResponseEntity.created(URI.create("/api/v1/knowledge/categories/" + created.id()))
			.body(category(created));
	}

	@GetMapping("/freshness")
	@Operation(summary = "Missing and outdated translations per locale")
	Map<String, Object> freshness() {
		return Map.of("locales", this.knowledge.freshness().stream().map(KnowledgeApiController::freshness).toList());
	}

	@GetMapping("/search")
	@Operation(summary = "Search articles in every language",
			description = "The query is read in `locale` and translated for articles in other languages; such results "
					+ "have crossLanguage true. Snippets are HTML-escaped with matches in <mark>.")
	Map<String, Object> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String locale, @RequestParam(defaultValue = "10") int limit,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String market,
			@RequestParam(defaultValue = "false") boolean onlyInLocale) {
		LanguageTag tag = locale == null || locale.isBlank() ? null : LanguageTag.parse("locale", locale);
		CountryCode country = market == null || market.isBlank() ? null : CountryCode.parse("market", market);
		String categoryId = category == null || category.isBlank() ? null
				: this.knowledge.category(category)
					.map(found -> found.id().toString())
					.orElseThrow(() -> new InvalidValueException("category", "No category '" + category + "'"));
		List<ArticleHit> hits = this.search
			.search(new SearchQuery(q, tag, limit, categoryId, country, onlyInLocale, true));
		return Map.of("results", hits.stream().map(hit -> hit(hit, tag)).toList());
	}

	private static Map<String, Object> hit(ArticleHit hit, @Nullable LanguageTag locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("articleId", hit.articleId().toString());
		body.put("locale", hit.locale().value());
		body.put("title", hit.title());
		body.put("snippet", hit.snippet());
		body.put("score", hit.score());
		body.put("crossLanguage", hit.crossLanguage());
		body.put("inLocale", locale != null && hit.locale().equals(locale));
		return body;
	}

	static Map<String, Object> summary(Article article) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", article.id().toString());
		body.put("sourceLocale", article.sourceLocale().value());
		body.put("category", article.category().map(UUID::toString).orElse(null));
		body.put("markets", article.markets().stream().map(CountryCode::value).toList());
		body.put("internal", article.isInternal());
		body.put("revision", article.revision());
		body.put("title", article.source().title());
		body.put("titleLocale", article.sourceLocale().value());
		body.put("locales", article.translations().stream().map(t -> t.locale().value()).toList());
		body.put("updatedAt", article.updatedAt().toString());
		return body;
	}

	static Map<String, Object> translation(ArticleTranslation translation) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locale", translation.locale().value());
		body.put("title", translation.title());
		body.put("slug", translation.slug());
		body.put("status", translation.status().value());
		body.put("author", translation.author());
		body.put("source", translation.isSource());
		body.put("basedOnRevision", translation.basedOnRevision());
		body.put("outdated", translation.isOutdated());
		body.put("body", translation.body());
		body.put("html", translation.html());
		body.put("updatedAt", translation.updatedAt().toString());
		return body;
	}

	private static Map<String, Object> category(Category category) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", category.id().toString());
		body.put("slug", category.slug());
		body.put("parent", category.parent() == null ? null : category.parent().toString());
		body.put("names", category.names());
		body.put("position", category.position());
		return body;
	}

	private static Map<String, Object> freshness(Freshness freshness) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locale", freshness.locale().value());
		body.put("current", freshness.current());
		body.put("missing",
				freshness.missing()
					.stream()
					.map(article -> Map.of("articleId", article.id().toString(), "title", article.source().title(),
							// The entry's locale is the one missing; the title is the
							// source's.
							"titleLocale", article.source().locale().value()))
					.toList());
		body.put("outdated",
				freshness.outdated()
					.stream()
					.map(t -> Map.of("articleId", t.articleId().toString(), "title", t.title(), "titleLocale",
							t.locale().value(), "basedOnRevision", t.basedOnRevision(), "sourceRevision",
							t.article().revision()))
					.toList());
		return body;
	}

}
