package dev.meridian.knowledge.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German compound splitting needs Debian's dict-freedict-deu-eng (installed by .ci/run):
 * without it this test fails rather than skips.
 */
class LanguageAnalysisTests {

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void splitsGermanCompoundsIntoDictionaryWords() throws IOException {
		// Read on a thread of its own; the analyser's first use waits for it.
		var words = GermanCompounds.loading(Path.of("/usr/share/dictd"));
		var analyzer = new LanguageAnalysis.GermanCompoundAnalyzer(words);
		List<String> tokens = tokens(analyzer, "Zollgebühren");
		assertThat(tokens).contains("zoll");
		assertThat(tokens).anyMatch(token -> token.startsWith("gebuhr"));
		assertThat(words.get().size()).isGreaterThan(10_000);
	}

	@Test
	void keepsCodesAndNumbersAcrossLanguages() {
		assertThat(QueryLanguages.invariantTerms("Wo ist mein Paket DHL ZX4471 iPhone")).containsExactly("DHL",
				"ZX4471", "iPhone");
	}

	@Test
	void mapsLanguagesToTheirAnalyser() {
		assertThat(TextLanguages.key(new dev.meridian.markets.LanguageTag("pt-BR"))).isEqualTo("pt");
		assertThat(TextLanguages.key(new dev.meridian.markets.LanguageTag("he"))).isEqualTo("he");
		assertThat(TextLanguages.key(new dev.meridian.markets.LanguageTag("fi"))).isEqualTo("std");
	}

}
