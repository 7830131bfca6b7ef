package dev.meridian.language.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.language.PlainLanguageReport.Finding;
import dev.meridian.language.PlainLanguageReport.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language's idioms, slang and jargon from {@code language/plain/<language>.json},
 * matched as whole words, case-insensitively, with typographic apostrophes read as
 * straight ones. A lexicon may also give the language's own sentence-length limit, the
 * markers of its passive voice, and the prefixes that attach to words (Arabic writes
 * "and", "with" and "the" as part of the next word).
 */
public final class Lexicon {

	/**
	 * Scripts written without spaces between words: a phrase in them is found wherever it
	 * stands, since a letter before or after it does not mean it is part of another word.
	 */
	private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
			Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
			Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

	private record Entry(Kind kind, Pattern pattern, String suggestion, int length) {
	}

	private final List<Entry> entries;

	private final Optional<SentenceLimit> sentenceLimit;

	private final Optional<PassiveVoice> passive;

	private Lexicon(List<Entry> entries, Optional<SentenceLimit> sentenceLimit, Optional<PassiveVoice> passive) {
		this.entries = entries;
		this.sentenceLimit = sentenceLimit;
		this.passive = passive;
	}

	/** The lexicon of a language, if there is one. */
	public static Optional<Lexicon> load(String language) {
		try (InputStream in = Lexicon.class.getResourceAsStream("/language/plain/" + language + ".json")) {
			if (in == null) {
				return Optional.empty();
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<String> prefixes = new ArrayList<>();
			root.path("prefixes").forEach(prefix -> prefixes.add(prefix.asString()));
			prefixes.sort(Comparator.comparingInt(String::length).reversed());
			List<Entry> entries = new ArrayList<>();
			for (Kind kind : List.of(Kind.IDIOM, Kind.SLANG, Kind.JARGON)) {
				String section = switch (kind) {
					case IDIOM -> "idioms";
					case SLANG -> "slang";
					default -> "jargon";
				};
				for (Map.Entry<String, JsonNode> phrase : root.path(section).properties()) {
					entries.add(new Entry(kind, pattern(phrase.getKey(), prefixes), phrase.getValue().asString(),
							phrase.getKey().length()));
				}
			}
			// Longest first, so that a phrase inside a longer one already found is not
			// reported twice.
			entries.sort(Comparator.comparingInt(Entry::length).reversed());
			return Optional.of(new Lexicon(List.copyOf(entries), sentenceLimit(root.path("sentenceLimit")),
					PassiveVoice.of(root.path("passive"))));
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
				boolean inside = found.stream().anyMatch(f -> start < f.end() && end > f.start());
				if (!inside) {
					found.add(new Finding(entry.kind(), text.substring(start, end), start, end,
							entry.suggestion().isBlank() ? null : entry.suggestion()));
				}
			}
		}
		return found;
	}

	/** The language's own limit, when it differs from the default words per sentence. */
	public Optional<SentenceLimit> sentenceLimit() {
		return this.sentenceLimit;
	}

	/** How to recognise a passive sentence, when the check applies to the language. */
	public Optional<PassiveVoice> passive() {
		return this.passive;
	}

	private static Optional<SentenceLimit> sentenceLimit(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return Optional.empty();
		}
		return Optional.of(new SentenceLimit(node.path("max").asInt(),
				SentenceLimit.Unit.valueOf(node.path("unit").asString("words").toUpperCase(java.util.Locale.ROOT))));
	}

	private static Pattern pattern(String phrase, List<String> prefixes) {
		String words = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
		String before = boundary(phrase.codePointAt(0)).map(letters -> "(?<![" + letters + "\\p{N}])").orElse("");
		String after = boundary(phrase.codePointBefore(phrase.length())).map(letters -> "(?![" + letters + "\\p{N}])")
			.orElse("");
		String prefix = prefixes.isEmpty() ? ""
				: "(?:" + String.join("|", prefixes.stream().map(Pattern::quote).toList()) + ")?";
		return Pattern.compile(before + prefix + words + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * The letters that may not touch a phrase's edge for it to be a whole word: those of
	 * the edge's own script, so that "SLA" is found in "SLAは" (Japanese runs Latin words
	 * into its own text) but not in "SLAP"; none for scripts written without spaces.
	 */
	private static Optional<String> boundary(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (UNSPACED.contains(script)) {
			return Optional.empty();
		}
		if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
			return Optional.of("\\p{L}");
		}
		return Optional.of("\\p{Is" + script.name() + "}");
	}

}
