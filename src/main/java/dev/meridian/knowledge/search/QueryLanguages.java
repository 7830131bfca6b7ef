package dev.meridian.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.knowledge.QueryTranslation;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A query as it reads in every analysed language: the reader's own words in their
 * language, translated words in the others. Words that read the same everywhere (numbers,
 * codes, product names: anything with a digit or a capital inside) go into every language
 * as they are.
 */
public final class QueryLanguages {

	private static final Pattern INVARIANT = Pattern
		.compile("\\b(?:\\p{L}*\\p{N}[\\p{L}\\p{N}-]*|\\p{Lu}{2,}[\\p{L}\\p{N}]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)\\b");

	private QueryLanguages() {
	}

	/**
	 * Analyser key to the query text for it, for the given keys only (the languages with
	 * content: translating into the others would only add field queries that find
	 * nothing); the reader's own language first.
	 */
	public static Map<String, String> of(String query, @Nullable LanguageTag from, List<QueryTranslation> translators,
			Set<String> keys) {
		Map<String, String> texts = new LinkedHashMap<>();
		String own = from == null ? null : TextLanguages.key(from);
		if (own != null && keys.contains(own)) {
			texts.put(own, query);
		}
		String invariant = String.join(" ", invariantTerms(query));
		for (String key : TextLanguages.KEYS) {
			if (texts.containsKey(key) || key.equals(own) || !keys.contains(key)) {
				continue;
			}
			String translated = null;
			if (from != null && !"std".equals(key)) {
				for (QueryTranslation translator : translators) {
					translated = translator.translate(query, from, new LanguageTag(key)).orElse(null);
					if (translated != null) {
						break;
					}
				}
			}
			if (translated != null) {
				texts.put(key, invariant.isEmpty() ? translated : translated + " " + invariant);
			}
			else if (from == null || "std".equals(key)) {
				texts.put(key, query);
			}
			else if (!invariant.isEmpty()) {
				texts.put(key, invariant);
			}
		}
		return texts;
	}

	/**
	 * A query text split into its words and its codes (order numbers, product codes).
	 * Japanese, Chinese and Korean analysis cuts a code like {@code TW-4816654} or
	 * {@code 1y393} into runs of digits and letters; matched word by word, any text that
	 * shares one run (a "1") would match, so codes are matched there as phrases.
	 */
	public static Split codesApart(String text) {
		List<String> codes = invariantTerms(text);
		String words = INVARIANT.matcher(text).replaceAll(" ").strip();
		return new Split(words, codes);
	}

	/** See {@link #codesApart}. */
	public record Split(String words, List<String> codes) {
	}

	static List<String> invariantTerms(String query) {
		List<String> terms = new ArrayList<>();
		Matcher matcher = INVARIANT.matcher(query);
		while (matcher.find()) {
			terms.add(matcher.group());
		}
		return terms;
	}

}
