package dev.meridian.language.web;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.language.CulturalProfile;
import dev.meridian.language.CulturalProfiles;
import dev.meridian.language.PlainLanguage;
import dev.meridian.language.PlainLanguageReport;
import dev.meridian.markets.LanguageTag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plain-language check and the cultural profiles.
 */
@RestController
@RequestMapping("/api/v1/language")
@Tag(name = "Language")
class PlainLanguageController {

	record CheckRequest(@Nullable String text, @Nullable String language) {
	}

	record ProfileResponse(CulturalProfile profile, @Nullable String salutation) {
	}

	private final PlainLanguage plainLanguage;

	private final CulturalProfiles profiles;

	PlainLanguageController(PlainLanguage plainLanguage, CulturalProfiles profiles) {
		this.plainLanguage = plainLanguage;
		this.profiles = profiles;
	}

	@PostMapping("/plain-language")
	@Operation(summary = "Check a reply for idioms, slang, jargon, long sentences, passive overuse and readability",
			description = "Suggestions only. Lexicons for en, de, fr, es, pt, it, nl, ja, ar, each with its sentence "
					+ "limit (Japanese in characters); passive overuse in pt, it, nl, ar; readability: Flesch (en), "
					+ "Amstad (de), Kandel–Moles (fr), Fernández Huerta (es).")
	PlainLanguageReport check(@RequestBody CheckRequest request) {
		if (request.language() == null || request.language().isBlank()) {
			throw new InvalidValueException("language", "'language' is required");
		}
		return this.plainLanguage.check(request.text() == null ? "" : request.text(),
				LanguageTag.parse("language", request.language()));
	}

	@GetMapping("/profiles/{language}")
	@Operation(summary = "The cultural profile of a language, with a salutation when names are given",
			description = "title: ms, mr or mx when known.")
	ProfileResponse profile(@PathVariable String language, @RequestParam(required = false) @Nullable String givenName,
			@RequestParam(required = false) @Nullable String familyName,
			@RequestParam(required = false) @Nullable String title) {
		LanguageTag tag = LanguageTag.parse("language", language);
		CulturalProfile profile = this.profiles.of(tag)
			.orElseThrow(() -> new NotFoundException("Cultural profile", tag.value()));
		return new ProfileResponse(profile, this.profiles.salutation(tag, givenName, familyName, title).orElse(null));
	}

}
