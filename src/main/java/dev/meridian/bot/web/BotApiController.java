package dev.meridian.bot.web;

import java.util.List;

import dev.meridian.bot.BotAnswers;
import dev.meridian.bot.BotQuestion;
import dev.meridian.bot.QuestionTooLongException;
import dev.meridian.bot.UnknownMarketException;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bot's answer to one question, for the chat widget, the help center's "ask a
 * question" box and outside integrations.
 */
@RestController
@RequestMapping("/api/v1/bot")
@Tag(name = "Bot")
class BotApiController {

	private final BotAnswers bot;

	BotApiController(BotAnswers bot) {
		this.bot = bot;
	}

	@PostMapping("/answer")
	@Operation(summary = "Answer a question from the knowledge base in the customer's language",
			description = "The language is detected (locale and market as priors). `handoff` is true, with `answer` "
					+ "null, when a person should take over: asked for, or no answer above the confidence threshold. "
					+ "A machine-translated answer has `machineTranslated` true and `locale` naming the article's "
					+ "version it was translated from.")
	BotResponses.Reply answer(@RequestBody BotResponses.Question request) {
		LanguageTag locale = request.locale() == null || request.locale().isBlank() ? null
				: LanguageTag.parse("locale", request.locale());
		CountryCode market = request.market() == null || request.market().isBlank() ? null
				: CountryCode.parse("market", request.market());
		return BotResponses.Reply.of(this.bot.answer(new BotQuestion(request.text(), locale, market)));
	}

	@ExceptionHandler(QuestionTooLongException.class)
	ResponseEntity<ProblemDetail> tooLong(QuestionTooLongException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ex.type(), "Content too large", ex.getMessage(), "text");
	}

	@ExceptionHandler(UnknownMarketException.class)
	ResponseEntity<ProblemDetail> unknownMarket(UnknownMarketException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.type(), "Unknown market", ex.getMessage(), "market");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
			String field) {
		ProblemDetail problem = Problems.of(status, type, title, detail);
		problem.setProperty("errors", List.of(Problems.fieldError(field, detail)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
