package dev.meridian.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.meridian.InvalidValueException;
import dev.meridian.language.PlainLanguageReport.Finding;
import dev.meridian.language.PlainLanguageReport.Kind;
import dev.meridian.language.plain.Lexicon;
import dev.meridian.language.plain.PassiveVoice;
import dev.meridian.language.plain.ReadabilityFormula;
import dev.meridian.language.plain.SentenceLimit;
import dev.meridian.markets.LanguageTag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks a reply for what makes it hard to read or to translate: idioms, slang and jargon
 * from a curated lexicon per language (English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Japanese, Arabic), long sentences (the language's own limit from its
 * lexicon, else {@code meridian.language.plain.max-sentence-words}, 25; Japanese counts
 * characters), a reply written mostly in the passive voice (where the lexicon knows the
 * language's passive markers), and a readability score. Suggestions only; nothing is ever
 * blocked.
 */
@Service
public class PlainLanguage {

	static final int MAX_TEXT_LENGTH = 50_000;

	private final Map<String, Optional<Lexicon>> lexicons = new ConcurrentHashMap<>();

	private final int maxSentenceWords;

	PlainLanguage(@Value("${meridian.language.plain.max-sentence-words:25}") int maxSentenceWords) {
		this.maxSentenceWords = maxSentenceWords;
	}

	public static PlainLanguage standalone() {
		return new PlainLanguage(25);
	}

	public PlainLanguageReport check(String text, LanguageTag language) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException("text", "The text is empty");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidValueException("text", "At most " + MAX_TEXT_LENGTH + " characters");
		}
		String lang = language.language();
		Optional<Lexicon> lexicon = this.lexicons.computeIfAbsent(lang, Lexicon::load);
		List<Finding> findings = new ArrayList<>(lexicon.map(l -> l.find(text)).orElse(List.of()));
		SentenceLimit limit = lexicon.flatMap(Lexicon::sentenceLimit)
			.orElse(new SentenceLimit(this.maxSentenceWords, SentenceLimit.Unit.WORDS));
		Optional<PassiveVoice> passive = lexicon.flatMap(Lexicon::passive);
		List<Finding> passiveSentences = new ArrayList<>();
		Optional<ReadabilityFormula> formula = ReadabilityFormula.forLanguage(lang);
		ULocale locale = ULocale.forLanguageTag(language.value());
		BreakIterator sentenceBreaks = BreakIterator.getSentenceInstance(locale);
		BreakIterator wordBreaks = BreakIterator.getWordInstance(locale);
		sentenceBreaks.setText(text);
		int sentences = 0;
		int words = 0;
		int syllables = 0;
		for (int start = sentenceBreaks.first(),
				end = sentenceBreaks.next(); end != BreakIterator.DONE; start = end, end = sentenceBreaks.next()) {
			String sentence = text.substring(start, end);
			wordBreaks.setText(sentence);
			int sentenceWords = 0;
			for (int ws = wordBreaks.first(),
					we = wordBreaks.next(); we != BreakIterator.DONE; ws = we, we = wordBreaks.next()) {
				if (wordBreaks.getRuleStatus() != BreakIterator.WORD_NONE) {
					sentenceWords++;
					if (formula.isPresent()) {
						syllables += formula.get().syllables(sentence.substring(ws, we));
					}
				}
			}
			if (sentenceWords == 0) {
				continue;
			}
			sentences++;
			words += sentenceWords;
			String trimmed = sentence.strip();
			int offset = start + sentence.indexOf(trimmed);
			int length = limit.unit() == SentenceLimit.Unit.WORDS ? sentenceWords : characters(trimmed);
			if (length > limit.max()) {
				String unit = limit.unit().name().toLowerCase(Locale.ROOT);
				findings.add(new Finding(Kind.LONG_SENTENCE, trimmed, offset, offset + trimmed.length(),
						length + " " + unit + "; at most " + limit.max() + " read and translate best",
						new PlainLanguageReport.Length(length, limit.max(), unit)));
			}
			if (passive.isPresent() && passive.get().isPassive(trimmed)) {
				passiveSentences.add(new Finding(Kind.PASSIVE, trimmed, offset, offset + trimmed.length(),
						"Say who does what: the active voice reads and translates more clearly"));
			}
		}
		if (passive.isPresent() && passive.get().tooMany(passiveSentences.size(), sentences)) {
			findings.addAll(passiveSentences);
		}
		findings.sort(Comparator.comparingInt(Finding::start));
		PlainLanguageReport.Readability readability = null;
		if (formula.isPresent() && words > 0) {
			double score = Math.round(formula.get().score(sentences, words, syllables) * 10) / 10.0;
			readability = new PlainLanguageReport.Readability(formula.get().title(), score,
					ReadabilityFormula.band(score));
		}
		return new PlainLanguageReport(language.value(), readability, sentences, words, findings);
	}

	/**
	 * Letters and digits only: punctuation and spaces do not make a Japanese sentence
	 * harder to read.
	 */
	private static int characters(String sentence) {
		return (int) sentence.codePoints().filter(Character::isLetterOrDigit).count();
	}

}
