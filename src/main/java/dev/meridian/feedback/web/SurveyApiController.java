package dev.meridian.feedback.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.agents.Callers;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.SurveyException;
import dev.meridian.feedback.surveys.CsatSurveys;
import dev.meridian.feedback.surveys.Survey;
import dev.meridian.feedback.surveys.SurveyAnswers;
import dev.meridian.feedback.surveys.SurveyToken;
import dev.meridian.tickets.TicketId;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys over JSON: an agent's request to survey a ticket now, and the customer's answer
 * posted to the survey's own address (public, no sign-in). Unknown tokens are 404,
 * answered surveys 409, closed ones 410, ratings off the scale 400.
 */
@RestController
class SurveyApiController {

	private final CsatSurveys csat;

	private final SurveyAnswers answers;

	SurveyApiController(CsatSurveys csat, SurveyAnswers answers) {
		this.csat = csat;
		this.answers = answers;
	}

	record ScheduledResponse(UUID surveyId, String token, Instant scheduledFor) {
	}

	record AnswerRequest(@Nullable Object rating, @Nullable String comment, @Nullable String reason) {
	}

	record AnswerResponse(UUID surveyId, String kind, int score, boolean satisfied, Instant answeredAt) {
	}

	record SurveyResponse(UUID surveyId, String kind, String scale, List<String> choices, String language,
			Instant expiresAt) {
	}

	@PostMapping("/api/v1/tickets/{id}/survey")
	@Operation(summary = "Send the ticket's CSAT survey now",
			description = "Skips the delay after solving, not the customer's quiet hours or holidays (then it is due "
					+ "at their next daytime) unless an admin gives now=true. A ticket is surveyed at most once: 409 "
					+ "when it was sent already or the customer opted out.")
	ResponseEntity<ScheduledResponse> request(@PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean now) {
		CsatSurveys.Scheduled scheduled = this.csat.request(new TicketId(id), now, Callers.current());
		return ResponseEntity.created(URI.create("/feedback/" + scheduled.token()))
			.body(new ScheduledResponse(scheduled.surveyId(), scheduled.token(), scheduled.scheduledFor()));
	}

	@GetMapping(path = "/feedback/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
	SurveyResponse survey(@PathVariable String token) {
		Survey survey = this.answers.open(parse(token));
		return new SurveyResponse(survey.id(), survey.kind().name(), survey.scale().name().toLowerCase(),
				survey.scale().choices(), survey.language(), survey.expiresAt());
	}

	@PostMapping(path = "/feedback/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a survey (public)",
			description = "{rating, comment?, reason?}: rating 1–5 or good/okay/bad (CSAT, as the survey's scale) or "
					+ "0–10 (NPS). 201 once; 409 after; 404 unknown, 410 closed, 400 off the scale.")
	ResponseEntity<AnswerResponse> answer(@PathVariable String token, @RequestBody AnswerRequest request) {
		SurveyAnswered answered = this.answers.answer(parse(token), request.rating(), request.comment(),
				request.reason());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new AnswerResponse(answered.survey(), answered.kind().name(), answered.score(), answered.satisfied(),
					answered.answeredAt()));
	}

	/** Answered here rather than by the shared handler: a closed survey is 410 Gone. */
	@ExceptionHandler(SurveyException.class)
	ResponseEntity<ProblemDetail> survey(SurveyException ex) {
		HttpStatus status = switch (ex.reason()) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case EXPIRED -> HttpStatus.GONE;
			default -> HttpStatus.CONFLICT;
		};
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, ex.type(), status.getReasonPhrase(), ex.getMessage()));
	}

	static SurveyToken parse(String token) {
		if (!SurveyToken.plausible(token)) {
			throw new SurveyException(SurveyException.Reason.UNKNOWN, "No survey has this link");
		}
		return new SurveyToken(token);
	}

}
