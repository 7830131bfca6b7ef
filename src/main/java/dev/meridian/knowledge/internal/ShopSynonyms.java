package dev.meridian.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.knowledge.QueryExpansion;
import dev.meridian.knowledge.search.TextLanguages;

import org.springframework.stereotype.Component;

/**
 * The project's shop thesaurus ({@code knowledge/query-synonyms/<language>.tsv},
 * {@code customer's words TAB the words articles use}): what shoppers say for the things
 * a help center writes about. Terms are matched like the shop glossary's, on stems and up
 * to {@value ShopGlossary#LONGEST} words, the longest first, so "send back" is a return
 * where "send" alone is shipping. Read once per language, on first use.
 */
@Component
class ShopSynonyms implements QueryExpansion {

	private final Map<String, Thesaurus> languages = new ConcurrentHashMap<>();

	@Override
	public String related(String text, String key) {
		Thesaurus thesaurus = this.languages.computeIfAbsent(key, Thesaurus::read);
		if (thesaurus.terms.isEmpty()) {
			return "";
		}
		List<QueryWords.Word> words = thesaurus.words.words(text);
		Set<String> present = new java.util.HashSet<>();
		words.forEach(word -> present.add(word.key()));
		Set<String> related = new LinkedHashSet<>();
		for (int i = 0; i < words.size();) {
			int matched = 0;
			for (int length = Math.min(ShopGlossary.LONGEST, words.size() - i); length >= 1 && matched == 0; length--) {
				List<String> found = thesaurus.terms.get(key(words.subList(i, i + length)));
				if (found != null) {
					for (String word : found) {
						if (!present.contains(thesaurus.words.key(word))) {
							related.add(word);
						}
					}
					matched = length;
				}
			}
			i += Math.max(1, matched);
		}
		return String.join(" ", related);
	}

	private static String key(List<QueryWords.Word> words) {
		return String.join(" ", words.stream().map(QueryWords.Word::key).toList());
	}

	/** One language's terms by their words' keys, and its word rules. */
	private record Thesaurus(QueryWords words, Map<String, List<String>> terms) {

		static Thesaurus read(String key) {
			if (!TextLanguages.KEYS.contains(key)) {
				return new Thesaurus(QueryWords.of(""), Map.of());
			}
			QueryWords words = QueryWords.of(Locale.forLanguageTag(key).getISO3Language());
			Map<String, List<String>> terms = new HashMap<>();
			String file = "/knowledge/query-synonyms/" + key + ".tsv";
			try (InputStream in = ShopSynonyms.class.getResourceAsStream(file)) {
				if (in == null) {
					return new Thesaurus(words, Map.of());
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					int tab = line.indexOf('\t');
					if (tab <= 0) {
						throw new IllegalStateException(file + ": no tab in '" + line + "'");
					}
					List<QueryWords.Word> term = words.words(line.substring(0, tab));
					List<String> related = List
						.of(line.substring(tab + 1).strip().toLowerCase(Locale.ROOT).split("\\s+"));
					if (!term.isEmpty() && term.size() <= ShopGlossary.LONGEST) {
						terms.merge(ShopSynonyms.key(term), related, (a, b) -> List.copyOf(
								new LinkedHashSet<>(java.util.stream.Stream.concat(a.stream(), b.stream()).toList())));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Thesaurus(words, Map.copyOf(terms));
		}

	}

}
