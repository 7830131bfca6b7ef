package dev.meridian.language.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.meridian.language.LanguageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lingua over every language it knows (75), in two passes so that memory stays in budget:
 * <ol>
 * <li>the trigram models of all 75 languages (Lingua's low-accuracy mode, computed by
 * {@link FirstPass} from one table of every language's n-grams, {@link MergedNgrams})
 * read every text and name the few languages it could be in;</li>
 * <li>a text shorter than {@value #LONG_TEXT_LETTERS} letters, where trigrams alone are
 * unreliable, is read again with the full 1- to 5-gram models of those candidates only,
 * plus any language the caller has reason to expect (the customer's, the market's).</li>
 * </ol>
 * The configured languages' full models are loaded at start-up; others are loaded when a
 * text needs them and unloaded when unused, within {@link FullModels}' budget. Loading
 * takes seconds and hundreds of megabytes, so it happens on first use or in the
 * background right after start-up, never on the start-up path itself.
 */
@Component
public class LinguaDetector {

	private static final Logger log = LoggerFactory.getLogger(LinguaDetector.class);

	/**
	 * Enough text to decide: a couple of sentences identify a language with near
	 * certainty, and Lingua's cost grows with every character read, so an email's second
	 * paragraph adds time, not certainty.
	 */
	static final int EVIDENCE_LENGTH = 240;

	/**
	 * From this many letters on, Lingua's low-accuracy mode (trigrams only) is as good as
	 * its full models (Lingua's own evaluation: the modes differ on short texts only).
	 */
	static final int LONG_TEXT_LETTERS = 120;

	/**
	 * The first pass keeps the languages at most this far behind the best, in
	 * {@code DetectionPriors}' units ({@code letters × (1/r − 1)}, natural log): trigrams
	 * misjudge short texts by a few nats, so the margin is wide...
	 */
	static final double CANDIDATE_MARGIN = 6;

	/**
	 * ...but no more languages than this: each is a full model to load and to read with.
	 */
	static final int MAX_CANDIDATES = 5;

	/**
	 * Below this many letters ("Danke", "Tak", "ok ty") trigrams rank dozens of languages
	 * nearly alike: the second pass reads the configured languages, the expected ones and
	 * only the first pass's best {@value #FEW_LETTERS_CANDIDATES}, rather than load five
	 * languages at random for every word.
	 */
	static final int FEW_LETTERS = 20;

	static final int FEW_LETTERS_CANDIDATES = 2;

	/**
	 * Detectors per candidate set are cheap but not free; there are few sets in practice.
	 */
	static final int MAX_CACHED_DETECTORS = 2_000;

	private final LanguageSettings settings;

	private final Set<Language> configured;

	private final FullModels fullModels;

	private final Map<Set<Language>, LanguageDetector> narrow = new ConcurrentHashMap<>();

	private final BackgroundModelLoads loader = new BackgroundModelLoads();

	/**
	 * Uni-, bi- and trigram models of every language, merged: the first pass, and every
	 * long text.
	 */
	private volatile FirstPass wide;

	private volatile boolean preloading;

	LinguaDetector(LanguageSettings settings) {
		this.settings = settings;
		this.configured = languages(settings.detectionLanguages());
		this.fullModels = new FullModels(this.configured, settings.extraFullModelLanguages());
	}

	/** A detector outside the application context (see LanguageDetection.standalone). */
	public static LinguaDetector create(LanguageSettings settings) {
		return new LinguaDetector(settings);
	}

	/** Reads the start of a text; no evidence when it holds no letters to judge by. */
	public Evidence read(String text) {
		return read(text, List.of());
	}

	/**
	 * Reads the start of a text.
	 * @param expected languages the caller has reason to expect (ISO 639-1 codes); they
	 * are read with their full models too, so that hints can decide between languages the
	 * text leaves close, but they gain nothing here that the text does not give them
	 */
	public Evidence read(String text, Collection<String> expected) {
		String start = CodeWords.without(text.length() > EVIDENCE_LENGTH ? text.substring(0, EVIDENCE_LENGTH) : text);
		int letters = (int) start.codePoints().filter(Character::isLetter).count();
		if (letters == 0) {
			return Evidence.none();
		}
		if (HanOnlyText.isHanOnly(start)) {
			return HanOnlyText.read(start, letters);
		}
		Map<Language, Double> first = confidences(wide().confidences(start));
		Evidence evidence = evidence(reread(start, letters, first, expected), letters);
		if (evidence.isEmpty()) {
			return evidence;
		}
		// A language Lingua does not know reads as its neighbour, or, when the full
		// models
		// of the candidates disagree with the trigrams, as some unexpected language
		// (Galician as Tswana): then the first pass names the neighbour.
		List<String> likeliest = new ArrayList<>(evidence.likeliest(1));
		Language best = language(likeliest.get(0));
		if (best != null && !this.configured.contains(best)) {
			likeliest.addAll(evidence(first, letters).likeliest(MAX_CANDIDATES));
		}
		return OutsideLanguages.of(start, likeliest)
			.map(outside -> new Evidence(evidence.relativeConfidences(), letters, outside))
			.orElse(evidence);
	}

	/** The second pass: a short text read again with its candidates' full models. */
	private Map<Language, Double> reread(String start, int letters, Map<Language, Double> first,
			Collection<String> expected) {
		if (letters >= LONG_TEXT_LETTERS || this.settings.lowAccuracy()) {
			return first;
		}
		EnumSet<Language> candidates = candidates(first, letters,
				letters < FEW_LETTERS ? FEW_LETTERS_CANDIDATES : MAX_CANDIDATES);
		if (candidates.isEmpty() || letters < FEW_LETTERS) {
			// Trigrams found little or nothing to go on ("ok", "no"): the configured
			// languages are the ones customers are known to write.
			candidates.addAll(this.configured);
		}
		for (String code : expected) {
			Language language = language(code);
			if (language != null) {
				candidates.add(language);
			}
		}
		if (candidates.size() < 2) {
			return first;
		}
		if (!this.settings.waitForModels() && !loaded(candidates)) {
			// Loading a full model takes a second or more (many on a busy machine): the
			// message is judged with trigrams now, the next one with the full models.
			this.loader.load(candidates, () -> {
				this.fullModels.use(candidates);
				CompactModels.install(candidates, CompactModels.ALL);
			});
			return first;
		}
		this.fullModels.use(candidates);
		CompactModels.install(candidates, CompactModels.ALL);
		Map<Language, Double> second = confidences(narrow(candidates), start);
		return second.isEmpty() ? first : second;
	}

	/** Whether every model of these languages is loaded (compactly) now. */
	private static boolean loaded(Set<Language> languages) {
		for (Language language : languages) {
			for (int length : CompactModels.ALL) {
				if (!CompactModels.isCompact(language, length)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether the background preload started at start-up is still running. */
	public boolean preloading() {
		return this.preloading;
	}

	@EventListener(ApplicationReadyEvent.class)
	void preloadInBackground() {
		if (this.settings.preload()) {
			this.preloading = true;
			Thread loader = new Thread(() -> {
				try {
					preload();
				}
				finally {
					this.preloading = false;
				}
			}, "lingua-preload");
			loader.setDaemon(true);
			loader.setPriority(Thread.MIN_PRIORITY);
			loader.start();
		}
	}

	/**
	 * Loads the trigram models of all languages and the configured languages' full
	 * models.
	 */
	void preload() {
		wide();
		if (!this.settings.lowAccuracy() && this.configured.size() >= 2) {
			long started = System.nanoTime();
			CompactModels.install(this.configured, CompactModels.ALL);
			log.info("Language detection: full models of the {} configured languages loaded in {} ms ({} MB)",
					this.configured.size(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
					CompactModels.bytes() >> 20);
		}
	}

	/** How many languages beyond the configured ones have their full models now. */
	public int extraFullModelLanguages() {
		return this.fullModels.extraLoaded();
	}

	private static EnumSet<Language> candidates(Map<Language, Double> first, int letters, int count) {
		List<Map.Entry<Language, Double>> ranked = new ArrayList<>(first.entrySet());
		ranked.sort(Map.Entry.<Language, Double>comparingByValue(Comparator.reverseOrder()));
		EnumSet<Language> candidates = EnumSet.noneOf(Language.class);
		for (Map.Entry<Language, Double> entry : ranked) {
			double behind = letters * (1 / entry.getValue() - 1);
			if (behind > CANDIDATE_MARGIN || candidates.size() >= count) {
				break;
			}
			candidates.add(entry.getKey());
		}
		return candidates;
	}

	private LanguageDetector narrow(EnumSet<Language> candidates) {
		LanguageDetector detector = this.narrow.get(candidates);
		if (detector == null) {
			if (this.narrow.size() >= MAX_CACHED_DETECTORS) {
				this.narrow.clear();
			}
			// Lingua keeps loaded models in shared caches: a detector for another set of
			// languages loads only the models not loaded yet.
			detector = this.narrow.computeIfAbsent(EnumSet.copyOf(candidates),
					set -> LanguageDetectorBuilder.fromLanguages(set.toArray(Language[]::new)).build());
		}
		return detector;
	}

	private FirstPass wide() {
		FirstPass current = this.wide;
		if (current == null) {
			synchronized (this) {
				current = this.wide;
				if (current == null) {
					long started = System.nanoTime();
					current = FirstPass.ofAllLanguages();
					log.info(
							"Language detection: uni-, bi- and trigram models of all {} languages merged in {} ms ({})",
							Language.all().size(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
							current.ngrams().size());
					this.wide = current;
				}
			}
		}
		return current;
	}

	private static Map<Language, Double> confidences(LanguageDetector detector, String text) {
		return confidences(detector.computeLanguageConfidenceValues(text));
	}

	private static Map<Language, Double> confidences(Map<Language, Double> values) {
		Map<Language, Double> confidences = new HashMap<>();
		values.forEach((language, confidence) -> {
			if (language != Language.UNKNOWN && confidence > 0) {
				confidences.put(language, confidence);
			}
		});
		return confidences;
	}

	private static Evidence evidence(Map<Language, Double> confidences, int letters) {
		if (confidences.isEmpty()) {
			return Evidence.none();
		}
		Map<String, Double> byCode = new HashMap<>();
		confidences.forEach((language, confidence) -> byCode.put(code(language), confidence));
		return new Evidence(byCode, letters);
	}

	private static String code(Language language) {
		return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
	}

	private static Language language(String code) {
		try {
			return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Set<Language> languages(List<String> codes) {
		Set<Language> languages = EnumSet.noneOf(Language.class);
		for (String code : codes) {
			Language language = language(code);
			if (language == null) {
				throw new IllegalStateException("meridian.language.detection-languages: '" + code
						+ "' is not a language the detector knows (ISO 639-1 codes, e.g. de, ja, pt)");
			}
			languages.add(language);
		}
		return languages;
	}

}
