package dev.meridian.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import org.springframework.stereotype.Component;

/**
 * The analysers of {@link LanguageAnalysis} for the OpenSearch/Elasticsearch backend,
 * under the same names, so the mappings and queries work unchanged on either backend.
 * OpenSearch's built-in language analysers are the same Lucene chains as Lucene's
 * analysers (English, French, Spanish, Portuguese, Italian, Dutch, Swedish, Russian,
 * Turkish, Arabic). Two gaps, said in the README: German compounds are split only when
 * {@code meridian.search.opensearch.german-compounds} names a word list on the OpenSearch
 * nodes (the Lucene index reads Debian's FreeDict itself), and Japanese, Chinese, Korean
 * and Polish need the cluster's analysis plugins; without them
 * ({@code language-plugins=false}) the three CJK languages are cut into overlapping
 * character pairs and Polish is only lower-cased.
 */
@Component("openSearchAnalysis")
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	/** Analysers that differ with the analysis plugins and without them. */
	private static final Map<String, String[]> PLUGGED = Map.of("ja", new String[] { "kuromoji", "cjk" }, "zh",
			new String[] { "smartcn", "cjk" }, "ko", new String[] { "nori", "cjk" });

	/**
	 * OpenSearch's built-in analysers that are Lucene's analysers of the same language.
	 */
	private static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("en", "english"),
			Map.entry("fr", "french"), Map.entry("es", "spanish"), Map.entry("pt", "portuguese"),
			Map.entry("it", "italian"), Map.entry("nl", "dutch"), Map.entry("sv", "swedish"),
			Map.entry("ru", "russian"), Map.entry("tr", "turkish"), Map.entry("ar", "arabic"),
			// StandardAnalyzer without stop words, as the Lucene index has it
			Map.entry("std", "standard"));

	private final SearchSettings settings;

	OpenSearchAnalysis(SearchSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		boolean plugins = this.settings.opensearch().languagePlugins();
		BUILT_IN.forEach((key, type) -> context.analyzer(TextLanguages.analyzer(key)).type(type));
		PLUGGED
			.forEach((key, types) -> context.analyzer(TextLanguages.analyzer(key)).type(plugins ? types[0] : types[1]));
		if (plugins) {
			context.analyzer(TextLanguages.analyzer("pl")).type("polish");
		}
		else {
			context.analyzer(TextLanguages.analyzer("pl")).custom().tokenizer("standard").tokenFilters("lowercase");
		}
		german(context);
		// Hebrew and the names: Unicode words, lower case, accents folded.
		context.analyzer(TextLanguages.analyzer("he"))
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(LanguageAnalysis.NAMES)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
	}

	/** The chain of {@code LanguageAnalysis.GermanCompoundAnalyzer}, step for step. */
	private void german(ElasticsearchAnalysisConfigurationContext context) {
		List<String> filters = new ArrayList<>(List.of("lowercase", "meridian_german_stop"));
		context.tokenFilter("meridian_german_stop").type("stop").param("stopwords", "_german_");
		String compounds = this.settings.opensearch().germanCompounds();
		if (compounds != null && !compounds.isBlank()) {
			context.tokenFilter("meridian_german_compounds")
				.type("dictionary_decompounder")
				.param("word_list_path", compounds)
				.param("min_word_size", 5)
				.param("min_subword_size", GermanCompounds.MIN_WORD)
				.param("max_subword_size", GermanCompounds.MAX_WORD)
				.param("only_longest_match", false);
			filters.add("meridian_german_compounds");
		}
		filters.add("german_normalization");
		filters.add("meridian_german_stem");
		context.tokenFilter("meridian_german_stem").type("stemmer").param("language", "light_german");
		context.analyzer(TextLanguages.analyzer("de"))
			.custom()
			.tokenizer("standard")
			.tokenFilters(filters.toArray(String[]::new));
	}

}
