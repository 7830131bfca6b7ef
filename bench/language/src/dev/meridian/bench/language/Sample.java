package dev.meridian.bench.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One labelled message of the corpus: its true language (ISO 639-1), whether it is a
 * sentence or a short message of one to three words, and the text.
 */
record Sample(String language, Kind kind, String text) {

	enum Kind {

		SENTENCE("sentences"), SHORT("1-3 words");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	/** Reads every {@code *.tsv} of a directory: {@code language<TAB>kind<TAB>text}, # for comments. */
	static List<Sample> readCorpus(Path directory) {
		List<Sample> samples = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
				int number = 0;
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					number++;
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] columns = line.split("\t", 3);
					if (columns.length != 3) {
						throw new IllegalArgumentException(file + ":" + number + ": expected language, kind, text");
					}
					Kind kind = switch (columns[1]) {
						case "sentence" -> Kind.SENTENCE;
						case "short" -> Kind.SHORT;
						default -> throw new IllegalArgumentException(file + ":" + number + ": kind " + columns[1]);
					};
					Sample sample = new Sample(columns[0], kind, columns[2].strip());
					if (kind == Kind.SHORT && sample.words() > 3) {
						throw new IllegalArgumentException(file + ":" + number + ": more than 3 words: " + columns[2]);
					}
					samples.add(sample);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return samples;
	}

	/** Words that hold a letter (emoji and punctuation do not count). */
	int words() {
		int words = 0;
		for (String token : this.text.split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetter)) {
				words++;
			}
		}
		return words;
	}

}
