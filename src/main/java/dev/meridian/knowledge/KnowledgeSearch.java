package dev.meridian.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.meridian.knowledge.search.IndexedLanguages;
import dev.meridian.knowledge.search.QueryLanguages;
import dev.meridian.knowledge.search.TextLanguages;
import dev.meridian.knowledge.search.TranslatedQueries;
import dev.meridian.markets.LanguageTag;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds articles in every language: the query is analysed with each language's rules,
 * translated for the languages the reader did not write in, tolerant of typos (one edit
 * per word), and filtered to what the reader may see. One result per article, the
 * best-scoring text; results in another language say so.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

	/**
	 * A word in the reader's own language weighs this much more than a translated one.
	 */
	static final float OWN_LANGUAGE_BOOST = 3f;

	/**
	 * A related word ({@link QueryExpansion}) weighs this much of a query's own: enough
	 * to find what the query's words miss, not to outrank what they find.
	 */
	static final float RELATED_WEIGHT = 0.5f;

	/**
	 * Without a match in the body (the title matched), the snippet is the body's start.
	 */
	static final int SNIPPET_LENGTH = 200;

	private final EntityManager entityManager;

	private final TranslatedQueries translations;

	private final QueryExpansion expansion;

	KnowledgeSearch(EntityManager entityManager, TranslatedQueries translations, QueryExpansion expansion) {
		this.expansion = expansion;
		this.entityManager = entityManager;
		this.translations = translations;
	}

	/**
	 * Two passes: the first ranks without highlighting and keeps one text per article;
	 * the second highlights only those texts, in their own language's field. Highlighting
	 * every language's field of every candidate was most of the cost of a search.
	 */
	public List<ArticleHit> search(SearchQuery query) {
		var session = Search.session(this.entityManager);
		String ownKey = query.locale() == null ? null : TextLanguages.key(query.locale());
		// Only the languages of published texts: each other one would cost a translation
		// and two field queries that find nothing.
		Set<String> keys = IndexedLanguages.of(session, List.of(ArticleTranslation.class), "body", "status",
				TranslationStatus.PUBLISHED.value());
		if (query.onlyInLocale() && ownKey != null) {
			keys.retainAll(List.of(ownKey));
		}
		Map<String, String> texts = this.translations.of(query.text(), query.locale(), keys);
		Map<String, String> related = new java.util.HashMap<>();
		texts.forEach((key, text) -> {
			String words = this.expansion.related(text, key);
			if (!words.isEmpty()) {
				related.put(key, words);
			}
		});
		// Exact words first; tolerance for typos (Levenshtein automata for every word, a
		// good part of a search's cost) only when they find too little.
		boolean fuzzy = false;
		Map<String, List<?>> best = ranked(session, texts, related, ownKey, query, false);
		if (best.size() < query.limit()) {
			fuzzy = true;
			best = ranked(session, texts, related, ownKey, query, true);
		}
		Map<String, String> snippets = snippets(session, best.values(), texts, related, ownKey, fuzzy);
		List<ArticleHit> hits = new ArrayList<>();
		for (List<?> row : best.values()) {
			LanguageTag locale = LanguageTag.read((String) row.get(2));
			boolean cross = query.locale() != null && !locale.language().equals(query.locale().language());
			hits.add(new ArticleHit(new ArticleId(UUID.fromString((String) row.get(1))), locale, (String) row.get(3),
					snippets.getOrDefault(row.get(0).toString(), ""), ((Number) row.get(4)).doubleValue(), cross));
		}
		return hits;
	}

	/** The best text of each article, best first, at most the query's limit. */
	private Map<String, List<?>> ranked(org.hibernate.search.mapper.orm.session.SearchSession session,
			Map<String, String> texts, Map<String, String> related, @Nullable String ownKey, SearchQuery query,
			boolean fuzzy) {
		int candidates = query.limit() * 3;
		List<List<?>> rows = session.search(ArticleTranslation.class)
			.select(f -> f.composite(f.id(java.util.UUID.class).toProjection(),
					f.field("articleId", String.class).toProjection(), f.field("locale", String.class).toProjection(),
					f.field("title", String.class).toProjection(), f.score().toProjection()))
			.where((f, root) -> {
				root.add(f.bool(texts(f, texts, related, ownKey, fuzzy)));
				root.add(f.bool().filter(filters(f, query)));
			})
			.totalHitCountThreshold(candidates)
			.fetchHits(candidates);
		Map<String, List<?>> best = new LinkedHashMap<>();
		for (List<?> row : rows) {
			best.putIfAbsent((String) row.get(1), row);
			if (best.size() == query.limit()) {
				break;
			}
		}
		return best;
	}

	/**
	 * Snippets of the chosen texts by document id, highlighted in their language's field.
	 */
	private Map<String, String> snippets(org.hibernate.search.mapper.orm.session.SearchSession session,
			java.util.Collection<List<?>> rows, Map<String, String> texts, Map<String, String> related,
			@Nullable String ownKey, boolean fuzzy) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		List<java.util.UUID> ids = rows.stream().map(row -> (java.util.UUID) row.get(0)).toList();
		List<String> keys = rows.stream()
			.map(row -> TextLanguages.key(LanguageTag.read((String) row.get(2))))
			.distinct()
			.toList();
		// A text matched in its own language's fields only: the other languages' words
		// would cost term lookups here and highlight nothing.
		Map<String, String> chosen = new LinkedHashMap<>(texts);
		chosen.keySet().retainAll(keys);
		List<List<?>> highlighted = session.search(ArticleTranslation.class).select(f -> {
			List<SearchProjection<?>> projections = new ArrayList<>();
			projections.add(f.id(java.util.UUID.class).toProjection());
			for (String key : keys) {
				projections.add(f.highlight("body_" + key).toProjection());
			}
			return f.composite(projections.toArray(SearchProjection[]::new));
		}).where((f, root) -> {
			root.add(f.bool(texts(f, chosen, related, ownKey, fuzzy)));
			root.add(f.id().matchingAny(ids));
		})
			.highlighter(h -> h.unified()
				.numberOfFragments(1)
				.noMatchSize(Integer.MAX_VALUE)
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML))
			.fetchHits(ids.size());
		Map<String, String> snippets = new java.util.HashMap<>();
		for (List<?> row : highlighted) {
			snippets.put(row.get(0).toString(), snippet(row, 1));
		}
		return snippets;
	}

	/** The first non-empty highlight from {@code from} on, cut when nothing matched. */
	static String snippet(List<?> row, int from) {
		for (int i = from; i < row.size(); i++) {
			@SuppressWarnings("unchecked")
			List<String> fragments = (List<String>) row.get(i);
			if (!fragments.isEmpty()) {
				String snippet = fragments.get(0);
				if (!snippet.contains("<mark>") && snippet.length() > SNIPPET_LENGTH) {
					return snippet.substring(0, SNIPPET_LENGTH) + "…";
				}
				return snippet;
			}
		}
		return "";
	}

	static java.util.function.Consumer<BooleanPredicateClausesStep<?, ?>> texts(SearchPredicateFactory f,
			Map<String, String> texts, Map<String, String> related, @Nullable String ownKey, boolean fuzzy) {
		return bool -> texts.forEach((key, text) -> {
			float boost = key.equals(ownKey) ? OWN_LANGUAGE_BOOST : 1f;
			if (TextLanguages.segmented(key)) {
				QueryLanguages.Split split = QueryLanguages.codesApart(text);
				if (!split.words().isEmpty()) {
					bool.should(f.match()
						.field("title_" + key)
						.boost(2f)
						.field("body_" + key)
						.matching(split.words())
						.boost(boost));
				}
				split.codes()
					.forEach(code -> bool.should(f.phrase()
						.field("title_" + key)
						.boost(2f)
						.field("body_" + key)
						.matching(code)
						.boost(boost)));
				return;
			}
			bool.should(f.match().field("title_" + key).boost(2f).field("body_" + key).matching(text).boost(boost));
			String words = related.get(key);
			if (words != null) {
				bool.should(f.match()
					.field("title_" + key)
					.boost(2f)
					.field("body_" + key)
					.matching(words)
					.boost(boost * RELATED_WEIGHT));
			}
			// Typos are the reader's: translated words come from a dictionary, spelt
			// right.
			if (fuzzy && !TextLanguages.segmented(key) && (ownKey == null || key.equals(ownKey))) {
				bool.should(f.match()
					.field("title_" + key)
					.boost(2f)
					.field("body_" + key)
					.matching(text)
					.fuzzy(1, 2)
					.boost(boost / 3));
			}
		});
	}

	private static org.hibernate.search.engine.search.predicate.SearchPredicate filters(SearchPredicateFactory f,
			SearchQuery query) {
		return f.bool(bool -> {
			bool.must(f.matchAll());
			bool.filter(f.match().field("status").matching(TranslationStatus.PUBLISHED.value()));
			if (!query.agents()) {
				bool.filter(f.match().field("internal").matching("false"));
			}
			if (query.market() != null) {
				bool.filter(f.terms().field("markets").matchingAny(List.of("*", query.market().value())));
			}
			if (query.category() != null) {
				bool.filter(f.match().field("category").matching(query.category()));
			}
			if (query.onlyInLocale() && query.locale() != null) {
				bool.filter(f.match().field("locale").matching(query.locale().value()));
			}
		}).toPredicate();
	}

}
