package dev.meridian.language.internal;

import java.io.InputStream;
import java.util.List;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import dev.meridian.language.LanguageSettings;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import dev.meridian.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompactNgramsTests {

	@ParameterizedTest
	@CsvSource({ "de, fivegrams, 5", "de, unigrams, 1", "ja, unigrams, 1", "zh, unigrams, 1", "ar, quadrigrams, 4",
			"th, trigrams, 3", "ru, bigrams, 2" })
	void givesLinguasOwnFrequencyForEveryNgramAndZeroForOthers(String language, String file, int length)
			throws Exception {
		Object2FloatMap<String> lingua = linguaModel(language, file);
		CompactNgrams compact = CompactNgrams.of(length, lingua);

		assertThat(compact.size()).isEqualTo(lingua.size());
		for (Object2FloatMap.Entry<String> entry : lingua.object2FloatEntrySet()) {
			assertThat(compact.getFloat(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getFloatValue());
			assertThat(compact.containsKey(entry.getKey())).isTrue();
		}
		String absent = "\u0001".repeat(length);
		assertThat(compact.getFloat(absent)).isZero();
		assertThat(compact.containsKey(absent)).isFalse();
		assertThat(compact.getFloat("x".repeat(length + 1))).isZero();
		assertThat(compact.getFloat(42)).isZero();
	}

	@Test
	void listsTheSameEntriesAsLingua() throws Exception {
		Object2FloatMap<String> lingua = linguaModel("pt", "bigrams");
		CompactNgrams compact = CompactNgrams.of(2, lingua);

		int entries = 0;
		for (Object2FloatMap.Entry<String> entry : compact.object2FloatEntrySet()) {
			assertThat(lingua.getFloat(entry.getKey())).isEqualTo(entry.getFloatValue());
			entries++;
		}
		assertThat(entries).isEqualTo(lingua.size());
	}

	@Test
	void takesAThirdOfTheMemoryOfLinguasMapsOrLess() throws Exception {
		Object2FloatMap<String> lingua = linguaModel("de", "fivegrams");
		CompactNgrams compact = CompactNgrams.of(5, lingua);

		// Lingua's map: a String of 48 bytes (header, hash, array of 5 Latin-1 bytes) per
		// n-gram plus its slots; 60 bytes an entry at the least.
		assertThat(compact.bytes()).isLessThan(lingua.size() * 60L / 3);
	}

	@Test
	void theDetectorReadsWithCompactModelsAndUnloadsThem() {
		LinguaDetector detector = LinguaDetector
			.create(new LanguageSettings(List.of("en", "de", "fr"), false, false, 0));

		assertThat(detector.read("Wo bleibt mein Paket?").likeliest(1)).containsExactly("de");
		for (int length = 1; length <= 5; length++) {
			assertThat(CompactModels.isCompact(Language.GERMAN, length)).as("length %d", length).isTrue();
		}

		CompactModels.unloadFull(List.of(Language.GERMAN));
		assertThat(CompactModels.isLoaded(Language.GERMAN, 5)).isFalse();
		assertThat(CompactModels.isLoaded(Language.GERMAN, 3)).isFalse();
		assertThat(detector.read("Wo bleibt mein Paket?").likeliest(1)).containsExactly("de");
		assertThat(CompactModels.isCompact(Language.GERMAN, 5)).isTrue();
	}

	private static Object2FloatMap<String> linguaModel(String language, String file) throws Exception {
		try (InputStream json = Language.class
			.getResourceAsStream("/language-models/" + language + "/" + file + ".json")) {
			return TrainingDataLanguageModel.Companion.fromJson(json);
		}
	}

	@Test
	void aDetectorThatDoesNotWaitJudgesWithTrigramsAndLoadsTheFullModelsInTheBackground() {
		LinguaDetector detector = LinguaDetector
			.create(new LanguageSettings(List.of("en", "de", "fr"), false, false, 0, false));
		CompactModels.unloadFull(List.of(Language.WELSH, Language.IRISH, Language.ENGLISH));

		// A short Welsh text: its candidates' full models are not loaded, so it is judged
		// now with the trigrams, and the models load for the next text.
		Evidence first = detector.read("Diolch yn fawr iawn am eich help");
		assertThat(first.isEmpty()).isFalse();

		Eventually.holds("the Welsh full models loaded in the background",
				() -> CompactModels.isCompact(Language.WELSH, 5));
		assertThat(detector.read("Diolch yn fawr iawn am eich help").likeliest(1)).containsExactly("cy");
	}

}
