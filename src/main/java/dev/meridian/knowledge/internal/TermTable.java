package dev.meridian.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Terms of one language, each standing for some words (the shop glossary's English, the
 * shop thesaurus's related words), keyed by their words' keys ({@link QueryWords}) so
 * that inflected and unaccented forms match; a term may have up to {@value #LONGEST}
 * words and the longest one that matches wins.
 */
final class TermTable {

	/** The longest term, in words. */
	static final int LONGEST = 5;

	private final Map<String, String> terms;

	TermTable(Map<String, String> terms) {
		this.terms = Map.copyOf(terms);
	}

	/** Term found at a position: how many words it took and what it stands for. */
	record Match(int words, String value) {
	}

	int size() {
		return this.terms.size();
	}

	/** The longest term starting at {@code from}, if any. */
	@Nullable Match at(List<QueryWords.Word> words, int from) {
		for (int length = Math.min(LONGEST, words.size() - from); length >= 1; length--) {
			StringBuilder key = new StringBuilder();
			for (int i = from; i < from + length; i++) {
				if (i > from) {
					key.append(' ');
				}
				key.append(words.get(i).key());
			}
			String value = this.terms.get(key.toString());
			if (value != null) {
				return new Match(length, value);
			}
		}
		return null;
	}

	/**
	 * Adds a term under its words' keys; {@code merge} decides when another term has the
	 * same keys. A term of no word or of too many is left out.
	 */
	static void put(Map<String, String> terms, QueryWords words, String term, String value,
			BinaryOperator<String> merge) {
		List<QueryWords.Word> parts = words.words(term);
		if (!parts.isEmpty() && parts.size() <= LONGEST) {
			terms.merge(String.join(" ", parts.stream().map(QueryWords.Word::key).toList()), value, merge);
		}
	}

	/**
	 * Reads a resource of {@code term TAB value} lines (blank lines and {@code #}
	 * comments skipped); nothing when there is no such resource.
	 */
	static void read(String resource, BiConsumer<String, String> entries) {
		try (InputStream in = TermTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				return;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				if (tab <= 0) {
					throw new IllegalStateException(resource + ": no tab in '" + line + "'");
				}
				entries.accept(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
