package dev.meridian.feedback.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.feedback.LowRatingReason;
import dev.meridian.feedback.SurveyException;
import dev.meridian.feedback.SurveyScale;
import dev.meridian.feedback.surveys.Survey;
import dev.meridian.feedback.surveys.SurveyAnswers;
import dev.meridian.feedback.surveys.SurveyTexts;
import dev.meridian.feedback.surveys.SurveyToken;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey's public page, in the customer's language: the question with the answer they
 * clicked in the mail chosen, a reason and a comment asked for when the rating is low,
 * and a clear page when the link is unknown (in the browser's language), closed or used.
 * The page never records an answer on its own: mail scanners open links too, so the
 * customer confirms with one more click.
 */
@Controller
class SurveyPageController {

	private final SurveyAnswers answers;

	private final SurveyTexts texts;

	SurveyPageController(SurveyAnswers answers, SurveyTexts texts) {
		this.answers = answers;
		this.texts = texts;
	}

	/** The page's words in one language, for the template. */
	record PageTexts(SurveyTexts texts, String language) {

		public String get(String key) {
			return this.texts.text(key, this.language);
		}

		public String get(String key, Object argument) {
			return this.texts.text(key, this.language, argument);
		}

	}

	/** An answer offered: as posted, and as shown. */
	record Choice(String value, String label, boolean low) {
	}

	@GetMapping("/feedback/{token}")
	String page(@PathVariable String token, @RequestParam(required = false) @Nullable String rating, Model model,
			HttpServletResponse response,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		String browser = browserLanguage(acceptLanguage);
		if (!SurveyToken.plausible(token)) {
			return closed(new SurveyException(SurveyException.Reason.UNKNOWN, "unknown"), null, browser, model,
					response);
		}
		Optional<Survey> found = this.answers.find(new SurveyToken(token));
		try {
			Survey survey = this.answers.open(new SurveyToken(token));
			form(model, survey, token, rating, null, null, null);
			return "feedback/survey";
		}
		catch (SurveyException ex) {
			return closed(ex, found.orElse(null), browser, model, response);
		}
	}

	@PostMapping(path = "/feedback/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage) {
		String browser = browserLanguage(acceptLanguage);
		Optional<Survey> found = SurveyToken.plausible(token) ? this.answers.find(new SurveyToken(token))
				: Optional.empty();
		if (found.isEmpty()) {
			return closed(new SurveyException(SurveyException.Reason.UNKNOWN, "unknown"), null, browser, model,
					response);
		}
		try {
			this.answers.answer(new SurveyToken(token), rating, comment, reason);
			model.addAttribute("state", "thanks");
			common(model, found.get().language());
			return "feedback/survey";
		}
		catch (SurveyException ex) {
			return closed(ex, found.get(), browser, model, response);
		}
		catch (InvalidValueException ex) {
			response.setStatus(400);
			form(model, found.get(), token, rating, reason, comment, ex.field());
			return "feedback/survey";
		}
	}

	private void form(Model model, Survey survey, String token, @Nullable String rating, @Nullable String reason,
			@Nullable String comment, @Nullable String invalid) {
		String language = survey.language();
		common(model, language);
		SurveyScale scale = survey.scale();
		model.addAttribute("state", "form");
		model.addAttribute("token", token);
		model.addAttribute("nps", scale == SurveyScale.NPS);
		model.addAttribute("choices",
				scale.choices()
					.stream()
					.map(choice -> new Choice(choice, this.texts.choice(scale, choice, language),
							scale.low(scale.score(choice))))
					.toList());
		// The bare link (no answer clicked yet) has no rating:
		// List.of(...).contains(null) throws.
		model.addAttribute("selected", rating != null && scale.choices().contains(rating) ? rating : null);
		model.addAttribute("low", rating != null && scale.choices().contains(rating) && scale.low(scale.score(rating)));
		model.addAttribute("reasons",
				LowRatingReason.offered()
					.stream()
					.map(why -> new Choice(why.key(), this.texts.reason(why, language), true))
					.toList());
		model.addAttribute("reason", reason);
		model.addAttribute("comment", comment);
		model.addAttribute("invalid", invalid);
		model.addAttribute("expires", SurveyTexts.dateTime(survey.expiresAt(),
				survey.zone() == null ? null : ZoneId.of(survey.zone()), language));
	}

	/**
	 * The bundle language a reader's browser prefers most, for a link that names no
	 * survey (so no customer's language is known); English when none is written.
	 */
	static String browserLanguage(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return "en";
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
					SurveyTexts.LANGUAGES.stream().map(Locale::forLanguageTag).toList());
			return best == null ? "en" : best.getLanguage();
		}
		catch (IllegalArgumentException ex) {
			return "en";
		}
	}

	private String closed(SurveyException ex, @Nullable Survey survey, String browser, Model model,
			HttpServletResponse response) {
		String language = survey != null ? survey.language() : browser;
		common(model, language);
		switch (ex.reason()) {
			case ANSWERED -> {
				response.setStatus(409);
				model.addAttribute("state", "answered");
			}
			case EXPIRED -> {
				response.setStatus(410);
				model.addAttribute("state", "expired");
				model.addAttribute("expires", survey == null ? "" : SurveyTexts.dateTime(survey.expiresAt(),
						survey.zone() == null ? null : ZoneId.of(survey.zone()), language));
			}
			default -> {
				response.setStatus(404);
				model.addAttribute("state", "unknown");
			}
		}
		return "feedback/survey";
	}

	private void common(Model model, String language) {
		model.addAttribute("lang", language);
		model.addAttribute("dir", SurveyTexts.direction(language));
		model.addAttribute("t", new PageTexts(this.texts, language));
	}

}
