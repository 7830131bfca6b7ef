package dev.meridian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Level results as tab-separated lines, so one command can compare another's figures. */
final class ResultFile {

	private ResultFile() {
	}

	static void write(String path, List<LevelResult> results) throws IOException {
		if (path == null) {
			return;
		}
		List<String> lines = new ArrayList<>();
		for (LevelResult result : results) {
			lines.add(result.toTsv());
		}
		Path file = Path.of(path);
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	static List<LevelResult> read(String path) throws IOException {
		List<LevelResult> results = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(path), StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				results.add(LevelResult.fromTsv(line));
			}
		}
		return results;
	}

}
