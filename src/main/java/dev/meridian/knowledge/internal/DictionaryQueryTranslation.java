package dev.meridian.knowledge.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.meridian.knowledge.KnowledgeSettings;
import dev.meridian.knowledge.QueryTranslation;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Word-by-word query translation with Debian's FreeDict bilingual dictionaries, through
 * English between two other languages ("Zoll" → "customs" → "alfândega"). Each of a
 * language's installed dictionary files ({@code xxx-eng}, {@code eng-xxx}) gives both
 * directions, read in the background after start-up; until a language's dictionary is
 * read, queries are not translated into or out of it rather than kept waiting. Words it
 * does not know are kept as they are: names and codes often read the same everywhere.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class DictionaryQueryTranslation implements QueryTranslation {

	private static final Logger log = LoggerFactory.getLogger(DictionaryQueryTranslation.class);

	static final int SENSES = 3;

	/** A glossary term counts this many times a dictionary sense (see toEnglish). */
	static final int GLOSSARY_WEIGHT = 2;

	/** Languages with FreeDict dictionaries to or from English in Debian (ISO 639-3). */
	static final List<String> LANGUAGES = List.of("deu", "fra", "spa", "por", "ita", "nld", "swe", "pol", "tur", "rus",
			"jpn", "ara");

	private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]|<[^>]*>|/[^/]*/|\\([^)]*\\)|\\{[^}]*\\}");

	private static final Pattern SENSE = Pattern.compile("\\p{L}[\\p{L}' -]*");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

	private final Path directory;

	/** Per language: words to English ("to") and English to words ("from"). */
	private final Map<String, Directions> loaded = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Directions>> loading = new ConcurrentHashMap<>();

	private final Map<String, QueryWords> rules = new ConcurrentHashMap<>();

	private final Map<String, ShopGlossary> glossaries = new ConcurrentHashMap<>();

	/** Once every installed dictionary is read (or failed to be), for good. */
	private volatile boolean settled;

	public DictionaryQueryTranslation(KnowledgeSettings settings) {
		this.directory = settings.dictionaries();
	}

	/**
	 * A dictionary both ways, and its headwords by stem where the stem differs from the
	 * headword ("bestell" → "bestellen"), for inflected query words.
	 */
	record Directions(Map<String, List<String>> toEnglish, Map<String, List<String>> fromEnglish,
			Map<String, String> stems) {

		List<String> senses(QueryWords.Word word) {
			List<String> senses = this.toEnglish.get(word.text());
			if (senses == null) {
				String head = this.stems.get(word.key());
				senses = this.toEnglish.get(head != null ? head : word.key());
			}
			return senses == null ? List.of() : senses;
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void preload() {
		Thread thread = new Thread(() -> installed().forEach(this::load), "freedict-preload");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** The languages whose dictionary is installed. */
	public List<String> installed() {
		return LANGUAGES.stream().filter(this::installed).toList();
	}

	private boolean installed(String code) {
		return FreeDictFile.exists(this.directory, code + "-eng") || FreeDictFile.exists(this.directory, "eng-" + code);
	}

	/** Waits until every installed dictionary is read, for tools and tests. */
	public boolean awaitLoaded(Duration timeout) {
		try {
			CompletableFuture.allOf(installed().stream().map(this::start).toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public boolean settled() {
		if (!this.settled) {
			this.settled = installed().stream().allMatch(code -> {
				CompletableFuture<Directions> future = this.loading.get(code);
				return future != null && future.isDone();
			});
		}
		return this.settled;
	}

	@Override
	public Optional<String> translate(String query, LanguageTag from, LanguageTag to) {
		String source = code(from);
		String target = code(to);
		if (source.equals(target)) {
			return Optional.of(query);
		}
		Directions in = "eng".equals(source) ? null : this.loaded.get(source);
		Directions out = "eng".equals(target) ? null : this.loaded.get(target);
		if (!"eng".equals(source) && in == null && (installed(source) || glossary(source).size() == 0)) {
			// Not read yet (or nothing to read with): better untranslated than half.
			return Optional.empty();
		}
		if (!"eng".equals(target) && out == null) {
			return Optional.empty();
		}
		List<String> english = "eng".equals(source) ? englishWords(query) : toEnglish(query, source, in);
		if (out == null) {
			return english.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", english));
		}
		Set<String> words = new LinkedHashSet<>();
		for (String phrase : english) {
			for (String word : phrase.split(" ")) {
				List<String> translated = new ArrayList<>();
				for (String candidate : out.fromEnglish().getOrDefault(word, List.of())) {
					if (!translated.contains(candidate) && translated.size() < SENSES) {
						translated.add(candidate);
					}
				}
				words.addAll(translated.isEmpty() ? List.of(word) : translated);
			}
		}
		return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
	}

	private static List<String> englishWords(String query) {
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(query);
		while (matcher.find()) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/**
	 * The query's content words in English: the shop glossary's term where one matches
	 * (longest first, counted {@value #GLOSSARY_WEIGHT} times: it is the sense a shop's
	 * customer means), else the dictionary's senses of the word as written, else of its
	 * stem; a word neither knows is kept as written.
	 */
	private List<String> toEnglish(String query, String source, @Nullable Directions in) {
		QueryWords rules = rules(source);
		ShopGlossary glossary = glossary(source);
		List<QueryWords.Word> words = rules.words(query);
		List<String> english = new ArrayList<>();
		for (int i = 0; i < words.size();) {
			TermTable.Match match = glossary.at(words, i);
			if (match != null) {
				for (int n = 0; n < GLOSSARY_WEIGHT; n++) {
					english.add(match.value());
				}
				i += match.words();
				continue;
			}
			QueryWords.Word word = words.get(i++);
			List<String> senses = in == null ? List.of() : in.senses(word);
			if (senses.isEmpty()) {
				english.add(word.text());
			}
			else {
				english.addAll(senses);
			}
		}
		return english;
	}

	private QueryWords rules(String code) {
		return this.rules.computeIfAbsent(code, QueryWords::of);
	}

	private ShopGlossary glossary(String code) {
		return this.glossaries.computeIfAbsent(code, key -> ShopGlossary.of(key, rules(key)));
	}

	private void load(String code) {
		try {
			start(code).join();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the {} dictionary in {}", code, this.directory, ex);
		}
	}

	private CompletableFuture<Directions> start(String code) {
		return this.loading.computeIfAbsent(code, key -> CompletableFuture.supplyAsync(() -> {
			Directions directions = read(key);
			this.loaded.put(key, directions);
			return directions;
		}, runnable -> {
			Thread thread = new Thread(runnable, "freedict-" + key);
			thread.setDaemon(true);
			thread.start();
		}));
	}

	private Directions read(String code) {
		Map<String, List<String>> toEnglish = new HashMap<>();
		Map<String, Ranked> fromEnglish = new HashMap<>();
		long started = System.nanoTime();
		try {
			// Both files where both are installed: each direction has words the other
			// lacks (Turkish-English knows 900 words, English-Turkish 30,000). The
			// language's own file is read first, so its senses rank first.
			if (FreeDictFile.exists(this.directory, code + "-eng")) {
				FreeDictFile.read(this.directory, code + "-eng", (header, body) -> {
					String head = FreeDictFile.headword(header).toLowerCase(Locale.ROOT);
					if (head.indexOf(' ') < 0) {
						List<String> senses = senses(body);
						senses.forEach(sense -> add(toEnglish, head, sense));
						for (int i = 0; i < senses.size(); i++) {
							if (senses.get(i).indexOf(' ') < 0) {
								fromEnglish.computeIfAbsent(senses.get(i), k -> new Ranked()).offer(head, i);
							}
						}
					}
				});
			}
			if (FreeDictFile.exists(this.directory, "eng-" + code)) {
				FreeDictFile.read(this.directory, "eng-" + code, (header, body) -> {
					String head = FreeDictFile.headword(header).toLowerCase(Locale.ROOT);
					if (head.indexOf(' ') < 0) {
						List<String> senses = senses(body);
						for (int i = 0; i < senses.size(); i++) {
							String sense = senses.get(i);
							fromEnglish.computeIfAbsent(head, k -> new Ranked()).offer(sense, i);
							if (sense.indexOf(' ') < 0) {
								add(toEnglish, sense, head);
							}
						}
					}
				});
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Map<String, List<String>> english = new HashMap<>(fromEnglish.size() * 2);
		fromEnglish.forEach((word, ranked) -> english.put(word, ranked.best()));
		Map<String, String> stems = stems(toEnglish.keySet(), rules(code));
		log.info(
				"Dictionary {}: {} words to English ({} more stems), {} from English, glossary {} terms, read in {} ms",
				code, toEnglish.size(), stems.size(), english.size(), glossary(code).size(),
				(System.nanoTime() - started) / 1_000_000);
		return new Directions(toEnglish, english, stems);
	}

	/** Stem to headword, the shortest headword of a stem, where the two differ. */
	private static Map<String, String> stems(Set<String> headwords, QueryWords rules) {
		Map<String, String> stems = new HashMap<>();
		for (String head : headwords) {
			if (head.indexOf(' ') >= 0) {
				continue;
			}
			String key = rules.key(head);
			if (!key.equals(head) && !headwords.contains(key)) {
				stems.merge(key, head, (a, b) -> a.length() <= b.length() ? a : b);
			}
		}
		return stems;
	}

	/** Read backwards, a word's best translations are those where it came first. */
	private static final class Ranked {

		private final List<String> words = new ArrayList<>(SENSES);

		private final List<Integer> ranks = new ArrayList<>(SENSES);

		void offer(String word, int rank) {
			if (this.words.contains(word)) {
				return;
			}
			int at = 0;
			while (at < this.ranks.size() && this.ranks.get(at) <= rank) {
				at++;
			}
			if (at >= SENSES) {
				return;
			}
			this.words.add(at, word);
			this.ranks.add(at, rank);
			if (this.words.size() > SENSES) {
				this.words.remove(SENSES);
				this.ranks.remove(SENSES);
			}
		}

		List<String> best() {
			return List.copyOf(this.words);
		}

	}

	private static void add(Map<String, List<String>> words, String word, String translation) {
		List<String> senses = words.computeIfAbsent(word, key -> new ArrayList<>(2));
		if (senses.size() < SENSES && !senses.contains(translation)) {
			senses.add(translation);
		}
	}

	/** The translations in an entry's body, first sense first, lower case. */
	static List<String> senses(String body) {
		List<String> senses = new ArrayList<>();
		for (String line : body.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("Note:") || trimmed.startsWith("Synonym")
					|| trimmed.startsWith("see:") || trimmed.startsWith("\"") || trimmed.startsWith("Usage:")) {
				continue;
			}
			String cleaned = BRACKETS.matcher(trimmed).replaceAll(" ").replaceFirst("^\\d+\\.\\s*", "");
			for (String part : cleaned.split("[,;]")) {
				String sense = part.strip().toLowerCase(Locale.ROOT);
				// Only words: "…-ing", "+ dat" and "2." are the dictionary's grammar
				// notes.
				if (!sense.isEmpty() && sense.split(" ").length <= 3 && SENSE.matcher(sense).matches()
						&& !senses.contains(sense)) {
					senses.add(sense);
				}
			}
			if (senses.size() >= SENSES) {
				break;
			}
		}
		return senses.size() > SENSES ? senses.subList(0, SENSES) : senses;
	}

	static String code(LanguageTag tag) {
		try {
			return tag.locale().getISO3Language();
		}
		catch (java.util.MissingResourceException ex) {
			return tag.language();
		}
	}

}
