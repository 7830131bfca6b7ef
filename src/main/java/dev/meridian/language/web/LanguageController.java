package dev.meridian.language.web;

import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.ListFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Language detection for integrations and for checking the detector.
 */
@RestController
@RequestMapping("/api/v1/language")
@Tag(name = "Language")
class LanguageController {

	/**
	 * Detection reads only the start of a text; more than this is a mistake by the
	 * caller.
	 */
	static final int MAX_TEXT_LENGTH = 100_000;

	record DetectRequest(@NotNull String text, @Nullable @Valid Hints hints) {
	}

	record Hints(@Nullable String customerLanguage, @Nullable String declaredLanguage,
			@Nullable List<String> marketLanguages, @Nullable List<String> browserLanguages) {

		DetectionHints toHints() {
			return new DetectionHints(
					this.customerLanguage == null ? null
							: LanguageTag.parse("hints.customerLanguage", this.customerLanguage),
					this.declaredLanguage == null ? null
							: LanguageTag.parse("hints.declaredLanguage", this.declaredLanguage),
					ListFields.parse("hints.browserLanguages", this.browserLanguages, LanguageTag::parse),
					ListFields.parse("hints.marketLanguages", this.marketLanguages, LanguageTag::parse));
		}

	}

	record Alternative(String language, double confidence) {
	}

	record DetectResponse(String language, double confidence, List<Alternative> alternatives) {

		static DetectResponse of(Detection detection) {
			return new DetectResponse(detection.language().value(), round(detection.confidence()),
					detection.alternatives()
						.stream()
						.map(a -> new Alternative(a.language().value(), round(a.confidence())))
						.toList());
		}

		private static double round(double confidence) {
			return Math.round(confidence * 10_000) / 10_000.0;
		}

	}

	private final LanguageDetection detection;

	LanguageController(LanguageDetection detection) {
		this.detection = detection;
	}

	@PostMapping("/detect")
	@Operation(summary = "Detect the language of a text",
			description = "Hints (the customer's language, the market's and browser's languages) decide short "
					+ "texts; a text without a reliable answer is 'und'.")
	DetectResponse detect(@Valid @RequestBody DetectRequest request) {
		if (request.text().isBlank()) {
			throw new InvalidValueException("text", "The text is empty");
		}
		if (request.text().length() > MAX_TEXT_LENGTH) {
			throw new InvalidValueException("text", "At most " + MAX_TEXT_LENGTH + " characters");
		}
		DetectionHints hints = request.hints() == null ? DetectionHints.none() : request.hints().toHints();
		return DetectResponse.of(this.detection.detect(request.text(), hints));
	}

}
