package dev.meridian.language.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.language.PlainLanguageReport.Finding;
import dev.meridian.language.PlainLanguageReport.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language's idioms, slang and jargon from {@code language/plain/<language>.json},
 * matched as whole words, case-insensitively, with typographic apostrophes read as
 * straight ones.
 */
public final class Lexicon {

	private record Entry(Kind kind, Pattern pattern, String suggestion) {
	}

	private final List<Entry> entries;

	private Lexicon(List<Entry> entries) {
		this.entries = entries;
	}

	/** The lexicon of a language, if there is one. */
	public static Optional<Lexicon> load(String language) {
		try (InputStream in = Lexicon.class.getResourceAsStream("/language/plain/" + language + ".json")) {
			if (in == null) {
				return Optional.empty();
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Entry> entries = new ArrayList<>();
			for (Kind kind : List.of(Kind.IDIOM, Kind.SLANG, Kind.JARGON)) {
				String section = switch (kind) {
					case IDIOM -> "idioms";
					case SLANG -> "slang";
					default -> "jargon";
				};
				for (Map.Entry<String, JsonNode> phrase : root.path(section).properties()) {
					entries.add(new Entry(kind, pattern(phrase.getKey()), phrase.getValue().asString()));
				}
			}
			return Optional.of(new Lexicon(List.copyOf(entries)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<Finding> find(String text) {
		String normalized = text.replace('’', '\'').replace('‘', '\'');
		List<Finding> found = new ArrayList<>();
		for (Entry entry : this.entries) {
			Matcher matcher = entry.pattern().matcher(normalized);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				boolean inside = found.stream().anyMatch(f -> start >= f.start() && end <= f.end());
				if (!inside) {
					found.add(new Finding(entry.kind(), text.substring(start, end), start, end,
							entry.suggestion().isBlank() ? null : entry.suggestion()));
				}
			}
		}
		return found;
	}

	private static Pattern pattern(String phrase) {
		String words = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
