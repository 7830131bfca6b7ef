package dev.meridian.language.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * The uni-, bi- and trigram models of many languages in one table: for each n-gram, the
 * languages that have it, side by side with the natural log of its frequency in each.
 * <p>
 * Why: the first pass of detection reads every text against all 75 languages. Through
 * Lingua that is a look-up in each language's own model for each of the text's trigrams
 * (and its bigram and unigram when a language lacks the trigram): some hundred look-ups
 * per trigram, each a cache miss in a different table, and 27 % of a chat node's samples
 * at 250 lines a second. Here a trigram is one look-up, and the languages that have it
 * follow in one run of memory.
 * <p>
 * An n-gram of one to three UTF-16 units is packed into a {@code long} (its length and
 * its characters), so a look-up makes no string and compares no characters. N-grams of
 * another length in UTF-16 units (a character outside the Basic Multilingual Plane) are
 * left out: Lingua looks up a three-unit string in the trigram model only, where such an
 * n-gram is not found either.
 */
final class MergedNgrams {

	/** Longest n-gram held: the first pass reads trigrams only. */
	static final int MAX_LENGTH = 3;

	private final Long2IntOpenHashMap blocks;

	/** Block {@code b}'s entries are {@code starts[b] .. starts[b + 1] - 1}. */
	private final int[] starts;

	private final byte[] languages;

	private final float[] logs;

	private MergedNgrams(Long2IntOpenHashMap blocks, int[] starts, byte[] languages, float[] logs) {
		this.blocks = blocks;
		this.starts = starts;
		this.languages = languages;
		this.logs = logs;
	}

	/** The 1- to 3-gram models of these languages, read from Lingua's files. */
	static MergedNgrams of(Collection<Language> languages) {
		List<Language> read = new ArrayList<>();
		List<CompactNgrams> models = new ArrayList<>();
		for (Language language : languages) {
			if (language == Language.UNKNOWN) {
				continue;
			}
			for (int length = 1; length <= MAX_LENGTH; length++) {
				read.add(language);
				models.add(CompactModels.read(language, length));
			}
		}
		// Twice over the models: first to number the n-grams and count each one's
		// languages, then to lay the entries out block after block.
		Long2IntOpenHashMap blocks = new Long2IntOpenHashMap();
		blocks.defaultReturnValue(-1);
		IntArrayList counts = new IntArrayList();
		for (CompactNgrams model : models) {
			model.forEachOfItsLength((ngram, frequency) -> {
				int block = blocks.computeIfAbsent(pack(ngram, ngram.length()), key -> {
					counts.add(0);
					return counts.size() - 1;
				});
				counts.set(block, counts.getInt(block) + 1);
			});
		}
		int[] starts = new int[counts.size() + 1];
		for (int block = 0; block < counts.size(); block++) {
			starts[block + 1] = starts[block] + counts.getInt(block);
		}
		int[] next = java.util.Arrays.copyOf(starts, counts.size());
		byte[] languageOf = new byte[starts[counts.size()]];
		float[] logs = new float[languageOf.length];
		for (int m = 0; m < models.size(); m++) {
			byte language = (byte) read.get(m).ordinal();
			models.get(m).forEachOfItsLength((ngram, frequency) -> {
				int at = next[blocks.get(pack(ngram, ngram.length()))]++;
				languageOf[at] = language;
				// As Lingua adds it: the float's log in double, back to float.
				logs[at] = (float) Math.log(frequency);
			});
		}
		blocks.trim();
		return new MergedNgrams(blocks, starts, languageOf, logs);
	}

	/**
	 * Adds, for each of the text's n-grams in order, the log frequency of the longest of
	 * its prefixes that a wanted language has (trigram, else bigram, else unigram) to
	 * that language's sum, exactly as Lingua's {@code computeSumOfNgramProbabilities}:
	 * the same floats, added in the same order.
	 * @param wanted by language ordinal
	 * @param sums by language ordinal, added to
	 */
	void sum(Iterable<String> ngrams, boolean[] wanted, int wantedCount, float[] sums) {
		int[] seen = new int[sums.length];
		int stamp = 0;
		for (String ngram : ngrams) {
			stamp++;
			int found = 0;
			for (int length = Math.min(ngram.length(), MAX_LENGTH); length >= 1 && found < wantedCount; length--) {
				int block = this.blocks.get(pack(ngram, length));
				if (block < 0) {
					continue;
				}
				for (int i = this.starts[block], end = this.starts[block + 1]; i < end; i++) {
					int language = this.languages[i];
					if (wanted[language] && seen[language] != stamp) {
						seen[language] = stamp;
						sums[language] += this.logs[i];
						found++;
					}
				}
			}
		}
	}

	/** How many n-grams, and language entries under them. */
	String size() {
		return this.blocks.size() + " n-grams, " + this.logs.length + " entries";
	}

	/** Heap taken by the table's arrays, in bytes (roughly: the hash table's too). */
	long bytes() {
		return 13L * this.blocks.size() * 4 / 3 + 4L * this.starts.length + 5L * this.logs.length;
	}

	/** The first {@code length} characters of an n-gram, packed; -1 never matches. */
	private static long pack(String ngram, int length) {
		long packed = length;
		for (int i = 0; i < length; i++) {
			packed = (packed << 16) | ngram.charAt(i);
		}
		return packed;
	}

}
