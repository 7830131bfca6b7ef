package dev.meridian.bot.intents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the shipped examples: one file per language, {@code bot/intents/<language>.tsv},
 * lines {@code kind TAB intent TAB phrase} where kind is {@code example} or
 * {@code keyword} and intent is an {@link dev.meridian.bot.Intent} value or {@code none}.
 * A line starting with {@code #} is a comment.
 */
public final class IntentExamples {

	public static final String LOCATION = "classpath*:bot/intents/*.tsv";

	private IntentExamples() {
	}

	public static List<IntentExample> shipped() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<IntentExample> examples = new ArrayList<>();
			for (Resource file : Arrays.stream(files)
				.sorted(Comparator.comparing(file -> String.valueOf(file.getFilename())))
				.toList()) {
				String name = String.valueOf(file.getFilename());
				examples.addAll(read(name.substring(0, name.length() - ".tsv".length()), file));
			}
			return examples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bot's intent examples", ex);
		}
	}

	static List<IntentExample> read(String language, Resource file) throws IOException {
		List<IntentExample> examples = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 3 || !(parts[0].equals("example") || parts[0].equals("keyword"))) {
					throw new IllegalStateException(
							file.getFilename() + ":" + number + ": expected 'example|keyword TAB intent TAB phrase'");
				}
				String intent = parts[1].strip();
				if (!intent.equals("none") && dev.meridian.bot.Intent.of(intent).isEmpty()) {
					throw new IllegalStateException(file.getFilename() + ":" + number + ": unknown intent " + intent);
				}
				examples.add(new IntentExample(language, intent.equals("none") ? null : intent, parts[2].strip(),
						parts[0].equals("keyword")));
			}
		}
		return examples;
	}

}
