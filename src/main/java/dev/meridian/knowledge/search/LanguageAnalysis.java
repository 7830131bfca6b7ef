package dev.meridian.knowledge.search;

import java.util.Map;
import java.util.function.Supplier;

import dev.meridian.knowledge.KnowledgeSettings;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.springframework.stereotype.Component;

/**
 * One analyser per language (see {@link TextLanguages}), referenced from the Hibernate
 * Search configuration as {@code bean:languageAnalysis}. Lucene's own language analysers
 * where they exist; German adds compound splitting; Hebrew and every other language get
 * Unicode word boundaries with lower-casing.
 */
@Component("languageAnalysis")
public class LanguageAnalysis implements LuceneAnalysisConfigurer {

	/** Plain name and keyword normaliser shared by the mappings. */
	static final String NAMES = "names";

	private final KnowledgeSettings settings;

	LanguageAnalysis(KnowledgeSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		Map<String, Analyzer> analyzers = Map.ofEntries(Map.entry("en", new EnglishAnalyzer()),
				Map.entry("de", new GermanCompoundAnalyzer(GermanCompounds.loading(this.settings.dictionaries()))),
				Map.entry("fr", new FrenchAnalyzer()), Map.entry("es", new SpanishAnalyzer()),
				Map.entry("pt", new PortugueseAnalyzer()), Map.entry("it", new ItalianAnalyzer()),
				Map.entry("nl", new DutchAnalyzer()), Map.entry("sv", new SwedishAnalyzer()),
				Map.entry("pl", new PolishAnalyzer()), Map.entry("ru", new RussianAnalyzer()),
				Map.entry("tr", new TurkishAnalyzer()), Map.entry("ar", new ArabicAnalyzer()),
				Map.entry("he", new FoldingAnalyzer()), Map.entry("ja", new JapaneseAnalyzer()),
				Map.entry("zh", new SmartChineseAnalyzer()), Map.entry("ko", new KoreanAnalyzer()),
				Map.entry("std", new StandardAnalyzer(CharArraySet.EMPTY_SET)));
		analyzers.forEach((key, analyzer) -> context.analyzer(TextLanguages.analyzer(key)).instance(analyzer));
		context.analyzer(NAMES).instance(new FoldingAnalyzer());
	}

	/**
	 * German: compounds split into the dictionary words they contain (the compound itself
	 * is kept), then Lucene's German normalisation and light stemming.
	 */
	static final class GermanCompoundAnalyzer extends Analyzer {

		private final Supplier<CharArraySet> words;

		/**
		 * @param words the dictionary words, asked for when the analyser is first used
		 * (per thread): reading them takes seconds, which start-up does not wait for
		 */
		GermanCompoundAnalyzer(Supplier<CharArraySet> words) {
			this.words = words;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
			CharArraySet words = this.words.get();
			if (!words.isEmpty()) {
				stream = new DictionaryCompoundWordTokenFilter(stream, words, 5, GermanCompounds.MIN_WORD,
						GermanCompounds.MAX_WORD, false);
			}
			stream = new GermanNormalizationFilter(stream);
			stream = new GermanLightStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new GermanNormalizationFilter(new LowerCaseFilter(in));
		}

	}

	/**
	 * Unicode word boundaries, lower case, accents folded: names and unlisted languages.
	 */
	static final class FoldingAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
