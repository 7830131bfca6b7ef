package dev.meridian.language;

import dev.meridian.language.internal.LinguaDetector;

import org.springframework.stereotype.Service;

/**
 * Tells which language a text is in, weighing the detector's reading of the text against
 * what is already known about the writer ({@link DetectionHints}). Never guesses English:
 * a text that gives no reliable answer is {@code und}.
 */
@Service
public class LanguageDetection {

	private final LinguaDetector detector;

	LanguageDetection(LinguaDetector detector) {
		this.detector = detector;
	}

	/** A detection outside the application, for evaluations and tools. */
	public static LanguageDetection standalone(LanguageSettings settings) {
		return new LanguageDetection(LinguaDetector.create(settings));
	}

	public Detection detect(String text, DetectionHints hints) {
		return DetectionPriors.combine(this.detector.read(text, DetectionPriors.expected(hints)), hints);
	}

}
