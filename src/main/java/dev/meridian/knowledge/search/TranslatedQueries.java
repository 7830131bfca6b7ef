package dev.meridian.knowledge.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.meridian.knowledge.QueryTranslation;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@link QueryLanguages#of} kept for the most recent queries: readers and agents repeat
 * queries ("refund", "tracking number"), and each one otherwise asks every translator for
 * every language with content. A least-recently-used map of {@value #SIZE} entries (a few
 * hundred kilobytes); answers given while a translator is not settled (dictionaries still
 * being read after start-up) are not kept.
 */
@Component
public class TranslatedQueries {

	static final int SIZE = 2_000;

	private final List<QueryTranslation> translators;

	private final Map<Key, Map<String, String>> recent = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Map<String, String>> eldest) {
				return size() > SIZE;
			}

		});

	public TranslatedQueries(List<QueryTranslation> translators) {
		this.translators = translators;
	}

	private record Key(String query, @Nullable LanguageTag from, Set<String> keys) {
	}

	/**
	 * Analyser key to the query text for it, for {@code keys} only; the reader's own
	 * language first. A new map the caller may change.
	 */
	public Map<String, String> of(String query, @Nullable LanguageTag from, Set<String> keys) {
		Key key = new Key(query, from, Set.copyOf(keys));
		Map<String, String> texts = this.recent.get(key);
		if (texts == null) {
			texts = Collections.unmodifiableMap(QueryLanguages.of(query, from, this.translators, keys));
			if (this.translators.stream().allMatch(QueryTranslation::settled)) {
				this.recent.put(key, texts);
			}
		}
		return new LinkedHashMap<>(texts);
	}

}
