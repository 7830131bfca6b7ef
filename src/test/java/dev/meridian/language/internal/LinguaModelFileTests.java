package dev.meridian.language.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinguaModelFileTests {

	@ParameterizedTest
	@CsvSource({ "de, fivegrams, 5", "ga, quadrigrams, 4", "fr, trigrams, 3", "ar, bigrams, 2", "zh, unigrams, 1",
			"th, trigrams, 3", "hi, fivegrams, 5", "eo, unigrams, 1" })
	void readsLinguasFilesWithTheFrequenciesLinguasOwnReaderGives(String language, String file, int length)
			throws Exception {
		Object2FloatMap<String> lingua;
		try (InputStream json = model(language, file)) {
			lingua = TrainingDataLanguageModel.Companion.fromJson(json);
		}
		CompactNgrams read;
		try (InputStream json = model(language, file)) {
			read = LinguaModelFile.read(length, json);
		}

		assertSameModel(read, lingua);
	}

	@Test
	void readsEscapesOtherLengthsAndRepeatedNgramsAsLinguaDoes() throws Exception {
		// A quote and a backslash escaped, a letter as \\u escape, a character outside
		// the Basic Multilingual Plane (two UTF-16 units), an empty n-gram between two
		// spaces, and "abc" under two frequencies: Lingua keeps the last.
		String json = """
				{"language":"ENGLISH", "ngrams": {
				  "1/3": "abc a\\"c \\\\bc",
				  "2/7": "x\\u00e9z \uD83D\uDE00a  q r",
				  "0.5/9": "abc zzz"
				}}
				""";
		Object2FloatMap<String> lingua = TrainingDataLanguageModel.Companion
			.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		CompactNgrams read = LinguaModelFile.read(3, json);

		assertSameModel(read, lingua);
		assertThat(read.getFloat("abc")).isEqualTo(0.5f / 9);
		assertThat(read.getFloat("a\"c")).isEqualTo(1f / 3);
		assertThat(read.getFloat("xéz")).isEqualTo(2f / 7);
		assertThat(read.getFloat("\uD83D\uDE00a")).isEqualTo(2f / 7);
	}

	@Test
	void refusesWhatIsNotALinguaModel() {
		assertThatThrownBy(() -> LinguaModelFile.read(3, "{\"words\": {}}")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("words");
		assertThatThrownBy(() -> LinguaModelFile.read(3, "{\"ngrams\": {\"1/2\": \"abc"))
			.isInstanceOf(IllegalStateException.class);
	}

	private static void assertSameModel(CompactNgrams read, Object2FloatMap<String> lingua) {
		assertThat(read.size()).isEqualTo(lingua.size());
		for (Object2FloatMap.Entry<String> entry : lingua.object2FloatEntrySet()) {
			assertThat(read.containsKey(entry.getKey())).as(entry.getKey()).isTrue();
			assertThat(Float.floatToIntBits(read.getFloat(entry.getKey()))).as(entry.getKey())
				.isEqualTo(Float.floatToIntBits(entry.getFloatValue()));
		}
	}

	private static InputStream model(String language, String file) {
		return Language.class.getResourceAsStream("/language-models/" + language + "/" + file + ".json");
	}

}
