package dev.meridian.knowledge.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.Locale;

import dev.meridian.knowledge.internal.FreeDictFile;

import org.apache.lucene.analysis.CharArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words German compounds are split into ("Zollgebühren" into "Zoll" and "Gebühren"),
 * compiled from the nouns of the FreeDict German–English dictionary (Debian
 * {@code dict-freedict-deu-eng}, GPL-3+, read where it is installed and never copied into
 * this repository). Nouns are the capitalised headwords; short ones only, since the long
 * ones are themselves compounds.
 */
final class GermanCompounds {

	private static final Logger log = LoggerFactory.getLogger(GermanCompounds.class);

	static final int MIN_WORD = 4;

	static final int MAX_WORD = 12;

	private GermanCompounds() {
	}

	/**
	 * Starts reading the words on a thread of its own (the dictionary is 17 MB
	 * compressed: seconds that start-up need not wait for) and returns them when asked,
	 * waiting for the reading to end if it has not.
	 */
	static Supplier<CharArraySet> loading(Path dictionaries) {
		CompletableFuture<CharArraySet> words = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				words.complete(load(dictionaries));
			}
			catch (RuntimeException | Error ex) {
				log.warn("Could not read the German dictionary in {}: German compounds are not split", dictionaries,
						ex);
				words.complete(new CharArraySet(0, false));
			}
		}, "german-compounds");
		reader.setDaemon(true);
		reader.start();
		return words::join;
	}

	static CharArraySet load(Path dictionaries) {
		CharArraySet words = new CharArraySet(60_000, false);
		if (!FreeDictFile.exists(dictionaries, "deu-eng")) {
			log.warn(
					"{} lacks freedict-deu-eng: German compounds are not split (install Debian's dict-freedict-deu-eng)",
					dictionaries);
			return words;
		}
		try {
			FreeDictFile.read(dictionaries, "deu-eng", (header, body) -> addNoun(words, header));
		}
		catch (IOException ex) {
			log.warn("Could not read the German dictionary in {}: German compounds are not split", dictionaries, ex);
		}
		return words;
	}

	/** A header line reads {@code Zoll /tsˈɔl/ <masc, n, sg>}. */
	private static void addNoun(CharArraySet words, String header) {
		if (!header.contains(" n") || header.indexOf('<') < 0) {
			return;
		}
		int end = header.indexOf(' ');
		if (end < MIN_WORD || end > MAX_WORD) {
			return;
		}
		String word = header.substring(0, end);
		if (!Character.isUpperCase(word.charAt(0)) || !header.substring(end).matches("(?s).*<[^>]*\\bn\\b.*")) {
			return;
		}
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLetter(word.charAt(i))) {
				return;
			}
		}
		words.add(word.toLowerCase(Locale.GERMAN));
	}

}
