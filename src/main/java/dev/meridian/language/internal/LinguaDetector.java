package dev.meridian.language.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Lingua, limited to the configured languages. Its models take seconds and hundreds of
 * megabytes to load, so the detector is built once, on first use or in the background
 * right after start-up, never on the start-up path itself.
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

	private final LanguageSettings settings;

	private final List<IsoCode639_1> languages;

	/** Lingua's 1- to 5-gram models: needed for short texts. */
	private volatile LanguageDetector detector;

	/**
	 * Trigrams only, about five times less work: as reliable as the full models on long
	 * texts.
	 */
	private volatile LanguageDetector longTextDetector;

	LinguaDetector(LanguageSettings settings) {
		this.settings = settings;
		this.languages = isoCodes(settings.detectionLanguages());
	}

	/** A detector outside the application context (see LanguageDetection.standalone). */
	public static LinguaDetector create(LanguageSettings settings) {
		return new LinguaDetector(settings);
	}

	/** Reads the start of a text; no evidence when it holds no letters to judge by. */
	public Evidence read(String text) {
		String start = text.length() > EVIDENCE_LENGTH ? text.substring(0, EVIDENCE_LENGTH) : text;
		int letters = (int) start.codePoints().filter(Character::isLetter).count();
		if (letters == 0) {
			return Evidence.none();
		}
		Map<String, Double> confidences = new HashMap<>();
		LanguageDetector reader = letters >= LONG_TEXT_LETTERS ? longTextDetector() : detector();
		reader.computeLanguageConfidenceValues(start).forEach((language, confidence) -> {
			if (language != Language.UNKNOWN && confidence > 0) {
				confidences.put(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT), confidence);
			}
		});
		return confidences.isEmpty() ? Evidence.none() : new Evidence(confidences, letters);
	}

	@EventListener(ApplicationReadyEvent.class)
	void preloadInBackground() {
		if (this.settings.preload()) {
			Thread loader = new Thread(() -> {
				detector();
				longTextDetector();
			}, "lingua-preload");
			loader.setDaemon(true);
			loader.setPriority(Thread.MIN_PRIORITY);
			loader.start();
		}
	}

	private LanguageDetector detector() {
		LanguageDetector current = this.detector;
		if (current == null) {
			synchronized (this) {
				current = this.detector;
				if (current == null) {
					current = build();
					this.detector = current;
				}
			}
		}
		return current;
	}

	private LanguageDetector longTextDetector() {
		LanguageDetector current = this.longTextDetector;
		if (current == null) {
			synchronized (this) {
				current = this.longTextDetector;
				if (current == null) {
					current = this.settings.lowAccuracy() ? detector() : build(true);
					this.longTextDetector = current;
				}
			}
		}
		return current;
	}

	private LanguageDetector build() {
		return build(this.settings.lowAccuracy());
	}

	/**
	 * Lingua keeps loaded models in shared caches, so a second detector costs no memory
	 * twice.
	 */
	private LanguageDetector build(boolean lowAccuracy) {
		long started = System.nanoTime();
		LanguageDetectorBuilder builder = LanguageDetectorBuilder
			.fromIsoCodes639_1(this.languages.toArray(IsoCode639_1[]::new))
			.withPreloadedLanguageModels();
		if (lowAccuracy) {
			builder = builder.withLowAccuracyMode();
		}
		LanguageDetector built = builder.build();
		log.info("Language detection ready for {} languages{} in {} ms", this.languages.size(),
				lowAccuracy ? " (low accuracy)" : "", Duration.ofNanos(System.nanoTime() - started).toMillis());
		return built;
	}

	private static List<IsoCode639_1> isoCodes(List<String> codes) {
		List<IsoCode639_1> isoCodes = new ArrayList<>();
		for (String code : codes) {
			try {
				isoCodes.add(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("meridian.language.detection-languages: '" + code
						+ "' is not a language the detector knows (ISO 639-1 codes, e.g. de, ja, pt)");
			}
		}
		if (isoCodes.size() < 2) {
			throw new IllegalStateException("meridian.language.detection-languages needs at least two languages");
		}
		return isoCodes;
	}

}
