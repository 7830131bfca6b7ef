package dev.meridian.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatOpenHashMap;

/**
 * Puts {@link CompactNgrams} into Lingua's own model caches before a detector needs them,
 * so that Lingua reads them instead of loading its larger maps. Lingua 1.2.2 keeps every
 * loaded model in static maps per n-gram length and loads a model only when its language
 * is missing there; it reads each model through {@code Object2FloatMap.getFloat} alone.
 * The models are read from Lingua's own files, computing each frequency as Lingua's own
 * reader does, so they are the same to the bit; but straight into the compact form
 * ({@link LinguaModelFile}), at a fraction of the CPU and garbage of Lingua's reader,
 * since the full models of languages beyond the budget are read again whenever a short
 * text needs them.
 * <p>
 * Memory: 22 languages' full models take about 150 MB of heap instead of 440 MB (the
 * first pass's uni-, bi- and trigrams of all 75 languages are {@link MergedNgrams}',
 * about 13 MB). This is what lets the server run its demo in a 512 MB heap.
 */
final class CompactModels {

	/** What a short text is read with (Lingua's high accuracy). */
	static final List<Integer> ALL = List.of(1, 2, 3, 4, 5);

	private CompactModels() {
	}

	/** Makes sure these languages' models of these lengths are loaded, compactly. */
	static void install(Collection<Language> languages, List<Integer> lengths) {
		for (Language language : languages) {
			if (language == Language.UNKNOWN) {
				continue;
			}
			for (int length : lengths) {
				EnumMap<Language, Object2FloatMap<String>> cache = cache(length);
				synchronized (cache) {
					if (cache.get(language) instanceof CompactNgrams) {
						continue;
					}
				}
				// Read outside the lock, as Lingua does: detectors of other languages go
				// on.
				CompactNgrams model = read(language, length);
				synchronized (cache) {
					if (!(cache.get(language) instanceof CompactNgrams)) {
						cache.put(language, model);
					}
				}
			}
		}
	}

	/**
	 * Unloads these languages' models (the first pass reads every text with its own
	 * merged copy of the trigrams, {@link MergedNgrams}).
	 */
	static void unloadFull(Collection<Language> languages) {
		for (int length : ALL) {
			EnumMap<Language, Object2FloatMap<String>> cache = cache(length);
			synchronized (cache) {
				languages.forEach(cache::remove);
			}
		}
	}

	/** Whether Lingua holds this language's model of this length as a compact one. */
	static boolean isCompact(Language language, int length) {
		EnumMap<Language, Object2FloatMap<String>> cache = cache(length);
		synchronized (cache) {
			return cache.get(language) instanceof CompactNgrams;
		}
	}

	/** Whether Lingua holds any model of this length for this language. */
	static boolean isLoaded(Language language, int length) {
		EnumMap<Language, Object2FloatMap<String>> cache = cache(length);
		synchronized (cache) {
			return cache.containsKey(language);
		}
	}

	/** Heap taken by the compact models loaded now, in bytes. */
	static long bytes() {
		long bytes = 0;
		for (int length : ALL) {
			EnumMap<Language, Object2FloatMap<String>> cache = cache(length);
			synchronized (cache) {
				for (Object2FloatMap<String> model : cache.values()) {
					if (model instanceof CompactNgrams compact) {
						bytes += compact.bytes();
					}
				}
			}
		}
		return bytes;
	}

	/** One of Lingua's models, read from its file into the compact form. */
	static CompactNgrams read(Language language, int length) {
		String name = switch (length) {
			case 1 -> "unigrams";
			case 2 -> "bigrams";
			case 3 -> "trigrams";
			case 4 -> "quadrigrams";
			case 5 -> "fivegrams";
			default -> throw new IllegalArgumentException("No Lingua model of n-grams of length " + length);
		};
		String path = "/language-models/" + language.getIsoCode639_1().name().toLowerCase(Locale.ROOT) + "/" + name
				+ ".json";
		try (InputStream json = Language.class.getResourceAsStream(path)) {
			if (json == null) {
				// Lingua has no model of this length for some languages (Japanese and
				// Chinese: unigrams only) and reads an empty one then, as here.
				return CompactNgrams.of(length, new Object2FloatOpenHashMap<>());
			}
			// Not Lingua's own reader: see LinguaModelFile (the same frequencies).
			return LinguaModelFile.read(length, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read Lingua's model " + path, ex);
		}
	}

	/**
	 * Lingua's static cache of the models of n-grams of this length (Kotlin-internal).
	 */
	private static EnumMap<Language, Object2FloatMap<String>> cache(int length) {
		LanguageDetector.Companion lingua = LanguageDetector.Companion;
		return switch (length) {
			case 1 -> lingua.getUnigramLanguageModels$lingua();
			case 2 -> lingua.getBigramLanguageModels$lingua();
			case 3 -> lingua.getTrigramLanguageModels$lingua();
			case 4 -> lingua.getQuadrigramLanguageModels$lingua();
			case 5 -> lingua.getFivegramLanguageModels$lingua();
			default -> throw new IllegalArgumentException("No Lingua model of n-grams of length " + length);
		};
	}

}
