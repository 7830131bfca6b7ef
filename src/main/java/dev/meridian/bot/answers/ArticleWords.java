package dev.meridian.bot.answers;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.meridian.knowledge.ArticleTranslation;

import org.springframework.stereotype.Component;

/**
 * The content words of article versions, remembered per version's text: every answer
 * weighs up to three articles in all their published versions, and rendering each body to
 * text and cutting it into words was a tenth of an answer's CPU time (the profile in
 * docs/bot.md, "Latency") for words that only change when the version is edited. Keyed by
 * the version's id, title and Markdown body, so an edit is a new entry and nothing needs
 * invalidating; a least-recently-used map of {@value #SIZE} versions (their bodies and
 * word sets: a few megabytes at most for long articles).
 */
@Component
class ArticleWords {

	static final int SIZE = 2_000;

	private record Key(UUID version, String title, String body) {
	}

	private final Map<Key, Set<String>> remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Set<String>> eldest) {
			return size() > SIZE;
		}

	});

	/**
	 * The content words of a version's title and body, a set the caller must not change.
	 */
	Set<String> of(ArticleTranslation version) {
		Key key = new Key(version.id(), version.title(), version.body());
		Set<String> words = this.remembered.get(key);
		if (words == null) {
			Set<String> computed = new HashSet<>(ContentWords.of(version.title()));
			computed.addAll(ContentWords.of(version.text()));
			words = Collections.unmodifiableSet(computed);
			this.remembered.put(key, words);
		}
		return words;
	}

}
