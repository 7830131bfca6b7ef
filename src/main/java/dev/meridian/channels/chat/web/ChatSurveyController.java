package dev.meridian.channels.chat.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.feedback.FeedbackManagement;
import dev.meridian.feedback.SurveyException;
import dev.meridian.feedback.SurveyScale;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSAT question inside the chat: once the conversation's ticket is solved and while
 * the visitor still has the widget open, the widget asks how satisfied they are, in the
 * conversation's language, and posts the answer here. It is the ticket's one CSAT survey
 * (the one the mail would carry): answered once, here or by mail, and only until it
 * closes.
 */
@RestController
@RequestMapping("/chat/v1/conversations/{id}/survey")
class ChatSurveyController {

	private final ChatManagement chats;

	private final FeedbackManagement feedback;

	private final ChatTexts texts;

	ChatSurveyController(ChatManagement chats, FeedbackManagement feedback, ChatTexts texts) {
		this.chats = chats;
		this.feedback = feedback;
		this.texts = texts;
	}

	/** One answer offered: what is posted and what the visitor reads. */
	record Choice(String value, String label) {
	}

	/**
	 * The question to show.
	 *
	 * @param choices best first, as the scale lists them
	 * @param language the language of {@code question} and the labels (BCP 47)
	 */
	record Question(UUID survey, String question, String scale, List<Choice> choices, String language, boolean rtl,
			Instant expiresAt) {
	}

	/** An answer: a choice's value (1–5, or good, okay, bad). */
	record Answer(@Nullable Object rating) {
	}

	record Answered(String note) {
	}

	/**
	 * The question while there is one to ask; 204 when there is none (yet, or any more).
	 */
	@GetMapping
	ResponseEntity<Question> question(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		ChatVisitor visitor = this.chats.visitor(id, ChatContinuationController.token(authorization));
		LanguageTag language = visitor.language();
		return this.feedback.openSurvey(visitor.ticket())
			.map(open -> ResponseEntity.ok(
					new Question(open.survey(), this.texts.text(language, "chat.survey.question"),
							open.scale().name().toLowerCase(Locale.ROOT),
							open.scale()
								.choices()
								.stream()
								.map(choice -> new Choice(choice,
										this.texts.text(language, "chat.survey."
												+ (open.scale() == SurveyScale.THREE ? "three." : "five.") + choice)))
								.toList(),
							ChatTexts.languageFor(language), ChatTexts.isRightToLeft(language), open.expiresAt())))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping
	ResponseEntity<Answered> answer(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestBody Answer body) {
		ChatVisitor visitor = this.chats.visitor(id, ChatContinuationController.token(authorization));
		this.feedback.answerOpenSurvey(visitor.ticket(), body.rating(), null);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Answered(this.texts.text(visitor.language(), "chat.survey.thanks")));
	}

	/** Answered already, closed, or never opened: 409 with a note for the widget. */
	@ExceptionHandler(SurveyException.class)
	ResponseEntity<ProblemDetail> closed(SurveyException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.type(), "Conflict", ex.getMessage());
		LanguageTag language = ChatApiController.browserLanguage(request);
		problem.setProperty("note", this.texts.text(language, "chat.error.surveyClosed"));
		problem.setProperty("noteLanguage", ChatTexts.languageFor(language));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(VisitorNotRecognizedException.class)
	ResponseEntity<ProblemDetail> unrecognized(VisitorNotRecognizedException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "visitor-not-recognized", "Unauthorized",
				ex.getMessage());
		problem.setProperty("note",
				this.texts.text(ChatApiController.browserLanguage(request), "chat.error.unauthorized"));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Visitor")
			.body(problem);
	}

}
