package dev.meridian.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.meridian.knowledge.QueryTranslation;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query is read only in the languages with content, and translated once while the
 * translators are settled.
 */
class TranslatedQueriesTests {

	/** Answers "<to>:<query>" and records every pair it was asked. */
	static final class Recording implements QueryTranslation {

		final List<String> asked = new ArrayList<>();

		boolean settled = true;

		@Override
		public Optional<String> translate(String query, LanguageTag from, LanguageTag to) {
			this.asked.add(from.value() + ">" + to.value());
			return Optional.of(to.value() + ":" + query);
		}

		@Override
		public boolean settled() {
			return this.settled;
		}

	}

	@Test
	void readsTheQueryOnlyInLanguagesWithContent() {
		Recording translator = new Recording();
		Map<String, String> texts = new TranslatedQueries(List.of(translator)).of("refund DHL", new LanguageTag("de"),
				Set.of("de", "en", "ja"));
		assertThat(texts).containsExactly(Map.entry("de", "refund DHL"), Map.entry("en", "en:refund DHL DHL"),
				Map.entry("ja", "ja:refund DHL DHL"));
		assertThat(translator.asked).containsExactly("de>en", "de>ja");
	}

	@Test
	void leavesOutTheReadersOwnLanguageWithoutContent() {
		Recording translator = new Recording();
		Map<String, String> texts = new TranslatedQueries(List.of(translator)).of("Zoll", new LanguageTag("de"),
				Set.of("en"));
		assertThat(texts).containsOnlyKeys("en");
	}

	@Test
	void translatesARepeatedQueryOnce() {
		Recording translator = new Recording();
		TranslatedQueries queries = new TranslatedQueries(List.of(translator));
		queries.of("refund", new LanguageTag("en"), Set.of("en", "fr")).put("fr", "changed by a caller");
		Map<String, String> again = queries.of("refund", new LanguageTag("en"), Set.of("en", "fr"));
		assertThat(translator.asked).containsExactly("en>fr");
		assertThat(again).containsEntry("fr", "fr:refund");
		queries.of("refund", new LanguageTag("en"), Set.of("en", "fr", "de"));
		assertThat(translator.asked).containsExactly("en>fr", "en>de", "en>fr");
	}

	@Test
	void keepsNothingWhileATranslatorIsStillStarting() {
		Recording translator = new Recording();
		translator.settled = false;
		TranslatedQueries queries = new TranslatedQueries(List.of(translator));
		queries.of("refund", new LanguageTag("en"), Set.of("en", "fr"));
		queries.of("refund", new LanguageTag("en"), Set.of("en", "fr"));
		assertThat(translator.asked).containsExactly("en>fr", "en>fr");
	}

}
