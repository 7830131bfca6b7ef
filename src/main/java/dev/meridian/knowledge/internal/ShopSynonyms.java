package dev.meridian.knowledge.internal;

import java.util.HashMap;
import java.util.HashSet;
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
 * to {@value TermTable#LONGEST} words, the longest first, so "send back" is a return
 * where "send" alone is shipping. Read once per language, on first use.
 */
@Component
class ShopSynonyms implements QueryExpansion {

	private final Map<String, Thesaurus> languages = new ConcurrentHashMap<>();

	@Override
	public String related(String text, String key) {
		Thesaurus thesaurus = this.languages.computeIfAbsent(key, Thesaurus::read);
		if (thesaurus.terms.size() == 0) {
			return "";
		}
		List<QueryWords.Word> words = thesaurus.words.words(text);
		Set<String> present = new HashSet<>();
		words.forEach(word -> present.add(word.key()));
		Set<String> related = new LinkedHashSet<>();
		for (int i = 0; i < words.size();) {
			TermTable.Match match = thesaurus.terms.at(words, i);
			if (match == null) {
				i++;
				continue;
			}
			for (String word : match.value().split(" ")) {
				if (!present.contains(thesaurus.words.key(word))) {
					related.add(word);
				}
			}
			i += match.words();
		}
		return String.join(" ", related);
	}

	/** One language's terms and its word rules. */
	private record Thesaurus(QueryWords words, TermTable terms) {

		static Thesaurus read(String key) {
			if (!TextLanguages.KEYS.contains(key)) {
				return new Thesaurus(QueryWords.of(""), new TermTable(Map.of()));
			}
			QueryWords words = QueryWords.of(Locale.forLanguageTag(key).getISO3Language());
			Map<String, String> terms = new HashMap<>();
			// Two terms with the same stems (a word and its inflection) add both lists.
			TermTable.read("/knowledge/query-synonyms/" + key + ".tsv",
					(term, related) -> TermTable.put(terms, words, term,
							String.join(" ", related.toLowerCase(Locale.ROOT).split("\\s+")),
							(earlier, later) -> earlier + " " + later));
			return new Thesaurus(words, new TermTable(terms));
		}

	}

}
