package dev.meridian.knowledge.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * A query's words as a dictionary is looked up with them, in one language (ISO 639-3):
 * cut into words (Japanese by Kuromoji, whose base forms undo conjugation; others at
 * letters and digits), function words left out (Lucene's stop lists), and each word's
 * <em>key</em>: lower case, stemmed by the language's Snowball or Stempel stemmer,
 * without diacritics. Dictionary headwords and glossary terms get keys the same way, so
 * "Rücksendungen" finds "Rücksendung" and "devolucion" finds "devolución".
 */
final class QueryWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

	private static final CharArraySet JAPANESE_STOP_WORDS = JapaneseAnalyzer.getDefaultStopSet();

	private static final java.util.Set<String> FOLD_FIRST = java.util.Set.of("spa", "por", "fra", "ita");

	private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

	private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

	/** A word of the query: as written (lower case) and its key. */
	record Word(String text, String key) {
	}

	private final String code;

	private final Locale locale;

	private final CharArraySet stopWords;

	private final @Nullable Supplier<SnowballStemmer> snowball;

	private final @Nullable StempelStemmer stempel;

	private QueryWords(String code, Locale locale, CharArraySet stopWords, @Nullable Supplier<SnowballStemmer> snowball,
			@Nullable StempelStemmer stempel) {
		this.code = code;
		this.locale = locale;
		this.stopWords = stopWords;
		this.snowball = snowball;
		this.stempel = stempel;
	}

	/**
	 * The rules for a language, ISO 639-3; unknown languages are only cut and lowered.
	 */
	static QueryWords of(String code) {
		return switch (code) {
			case "deu" ->
				new QueryWords(code, Locale.GERMAN, GermanAnalyzer.getDefaultStopSet(), German2Stemmer::new, null);
			case "fra" ->
				new QueryWords(code, Locale.FRENCH, FrenchAnalyzer.getDefaultStopSet(), FrenchStemmer::new, null);
			case "spa" ->
				new QueryWords(code, Locale.ROOT, SpanishAnalyzer.getDefaultStopSet(), SpanishStemmer::new, null);
			case "por" ->
				new QueryWords(code, Locale.ROOT, PortugueseAnalyzer.getDefaultStopSet(), PortugueseStemmer::new, null);
			case "ita" ->
				new QueryWords(code, Locale.ITALIAN, ItalianAnalyzer.getDefaultStopSet(), ItalianStemmer::new, null);
			case "nld" -> new QueryWords(code, Locale.ROOT, DutchAnalyzer.getDefaultStopSet(), DutchStemmer::new, null);
			case "swe" ->
				new QueryWords(code, Locale.ROOT, SwedishAnalyzer.getDefaultStopSet(), SwedishStemmer::new, null);
			case "rus" ->
				new QueryWords(code, Locale.ROOT, RussianAnalyzer.getDefaultStopSet(), RussianStemmer::new, null);
			case "tur" -> new QueryWords(code, Locale.forLanguageTag("tr"), TurkishAnalyzer.getDefaultStopSet(),
					TurkishStemmer::new, null);
			case "ara" ->
				new QueryWords(code, Locale.ROOT, ArabicAnalyzer.getDefaultStopSet(), ArabicStemmer::new, null);
			case "eng" ->
				new QueryWords(code, Locale.ROOT, EnglishAnalyzer.getDefaultStopSet(), EnglishStemmer::new, null);
			case "pol" -> new QueryWords(code, Locale.ROOT, PolishAnalyzer.getDefaultStopSet(), null,
					new StempelStemmer(PolishAnalyzer.getDefaultTable()));
			default -> new QueryWords(code, Locale.ROOT, CharArraySet.EMPTY_SET, null, null);
		};
	}

	/** The content words of a text, in order; stop words left out. */
	List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		if ("jpn".equals(this.code)) {
			japanese(text, words);
			return words;
		}
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = lower(matcher.group());
			if (!this.stopWords.contains(word)) {
				words.add(new Word(word, key(word)));
			}
		}
		return words;
	}

	/** The key of one word (or of each word of a phrase, joined by spaces). */
	String key(String word) {
		String lower = lower(word);
		if (lower.indexOf(' ') >= 0) {
			return String.join(" ", words(lower).stream().map(Word::key).toList());
		}
		// Customers often leave out the accents of Romance languages ("devolucion"):
		// there the stemmer reads the word without them, so both spellings meet.
		String stem = FOLD_FIRST.contains(this.code) ? fold(lower) : lower;
		if (this.snowball != null) {
			SnowballStemmer stemmer = this.snowball.get();
			stemmer.setCurrent(stem);
			stemmer.stem();
			stem = stemmer.getCurrent();
		}
		else if (this.stempel != null) {
			synchronized (this.stempel) {
				StringBuilder stemmed = this.stempel.stem(stem);
				if (stemmed != null && stemmed.length() > 0) {
					stem = stemmed.toString();
				}
			}
		}
		return "jpn".equals(this.code) ? stem : fold(stem);
	}

	private static String fold(String word) {
		return MARKS.matcher(NFD.normalize(word)).replaceAll("");
	}

	private String lower(String word) {
		return word.toLowerCase(this.locale).replace('’', '\'');
	}

	/**
	 * Kuromoji's words in their base form ("届きません" → "届く", "ません"), particles, auxiliaries
	 * and punctuation left out: what a dictionary headword looks like.
	 */
	private static void japanese(String text, List<Word> words) {
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
			tokenizer.setReader(new StringReader(text));
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
			PartOfSpeechAttribute speech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String pos = speech.getPartOfSpeech();
				if (pos == null || pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("記号")
						|| pos.startsWith("接続詞") || pos.startsWith("連体詞") || pos.startsWith("フィラー")
						|| pos.startsWith("名詞-代名詞") || pos.startsWith("名詞-非自立") || pos.startsWith("動詞-非自立")) {
					continue;
				}
				String word = base.getBaseForm() != null ? base.getBaseForm() : term.toString();
				word = word.toLowerCase(Locale.ROOT);
				if (!JAPANESE_STOP_WORDS.contains(word)) {
					words.add(new Word(word, word));
				}
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
