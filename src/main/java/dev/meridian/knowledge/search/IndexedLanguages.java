package dev.meridian.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * The analyser keys whose text fields hold something in the index right now: a query
 * needs no field query (nor a translation) for a language nobody wrote in. Read from the
 * Lucene index itself, so an article just published in a new language counts at once; the
 * cost is a look at each segment's field list and, with a filter, the first matching
 * document (one CPU sample in 311 of the profile in the README's knowledge search
 * section). On another backend every key counts.
 */
public final class IndexedLanguages {

	private IndexedLanguages() {
	}

	/**
	 * Keys whose {@code <prefix>_<key>} field has text in a live document of
	 * {@code types}, and when {@code filterField} is given, in one whose
	 * {@code filterField} is {@code filterValue}.
	 */
	public static Set<String> of(SearchSession session, List<Class<?>> types, String prefix,
			@Nullable String filterField, @Nullable String filterValue) {
		if (!(Search.mapping(session.toEntityManager().getEntityManagerFactory()).backend() instanceof LuceneBackend)) {
			return new LinkedHashSet<>(TextLanguages.KEYS);
		}
		var scope = session.scope(types);
		IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader();
		try (reader) {
			Set<String> keys = new LinkedHashSet<>();
			for (String key : TextLanguages.KEYS) {
				String field = TextFields.name(prefix, key);
				if (filterField == null || filterValue == null ? hasTerms(reader, field)
						: anyLive(reader, field, new TermQuery(new Term(filterField, filterValue)))) {
					keys.add(key);
				}
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasTerms(IndexReader reader, String field) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			if (leaf.reader().terms(field) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a live document has text in {@code field} and matches {@code filter}; stops
	 * at the first one, unlike a count.
	 */
	private static boolean anyLive(IndexReader reader, String field, Query filter) throws IOException {
		Query query = new BooleanQuery.Builder().add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER)
			.add(filter, BooleanClause.Occur.FILTER)
			.build();
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(null);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		for (LeafReaderContext leaf : reader.leaves()) {
			if (leaf.reader().terms(field) == null) {
				// FieldExistsQuery reads norms, which a segment without the field lacks.
				continue;
			}
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live == null || live.get(doc)) {
					return true;
				}
			}
		}
		return false;
	}

}
