package dev.meridian.channels.chat.web;

import java.time.Instant;
import java.util.UUID;

import dev.meridian.channels.chat.ChatFloodException;
import dev.meridian.channels.chat.ChatManagement;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.ChatVisitor;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.channels.chat.offline.EmailContinuation;
import dev.meridian.channels.chat.transcript.ChatTranscripts;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a visitor does beyond writing: leave an address to continue by email, end the
 * chat, ask for its transcript. Each answer carries a note in the visitor's language for
 * the widget to show.
 */
@RestController
@RequestMapping("/chat/v1/conversations/{id}")
class ChatContinuationController {

	private static final String VISITOR = "Visitor ";

	private final ChatManagement chats;

	private final EmailContinuation continuation;

	private final ChatTranscripts transcripts;

	private final ChatTexts texts;

	ChatContinuationController(ChatManagement chats, EmailContinuation continuation, ChatTranscripts transcripts,
			ChatTexts texts) {
		this.chats = chats;
		this.continuation = continuation;
		this.transcripts = transcripts;
		this.texts = texts;
	}

	/**
	 * An address to continue at.
	 *
	 * @param outcome {@code attached}, {@code confirmation-sent} or {@code already}
	 */
	record EmailTaken(String outcome, String note) {
	}

	record Ended(Instant endedAt, String note) {
	}

	record TranscriptQueued(String note) {
	}

	@PutMapping("/email")
	EmailTaken email(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestBody ChatRequests.Email body) {
		if (body.email() == null || body.email().isBlank()) {
			throw new dev.meridian.InvalidValueException("email", "An email address is needed");
		}
		String token = token(authorization);
		EmailContinuation.Outcome outcome = this.continuation.leave(id, token, body.email());
		LanguageTag language = this.chats.visitor(id, token).language();
		return new EmailTaken(ChatStartChecks.outcome(outcome),
				this.texts.text(language, outcome == EmailContinuation.Outcome.CONFIRMATION_SENT
						? "chat.widget.emailConfirmSent" : "chat.widget.emailSaved"));
	}

	@PostMapping("/end")
	Ended end(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		ChatVisitor ended = this.chats.end(id, token(authorization));
		return new Ended(java.util.Objects.requireNonNull(ended.endedAt()),
				this.texts.text(ended.language(), "chat.widget.ended"));
	}

	@PostMapping("/transcript")
	ResponseEntity<?> transcript(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String token = token(authorization);
		ChatTranscripts.Outcome outcome = this.transcripts.send(id, token);
		LanguageTag language = this.chats.visitor(id, token).language();
		return switch (outcome) {
			case SENT -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(new TranscriptQueued(this.texts.text(language, "chat.widget.transcriptSent")));
			case NO_ADDRESS -> conflict("no-address", "The conversation's customer has no email address yet", language,
					"chat.error.noAddress");
			case NOT_ENDED -> conflict("chat-not-ended", "The chat has not ended", language, "chat.error.notEnded");
		};
	}

	private ResponseEntity<ProblemDetail> conflict(String type, String detail, LanguageTag language, String key) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, type, "Conflict", detail);
		problem.setProperty("note", this.texts.text(language, key));
		problem.setProperty("noteLanguage", ChatTexts.languageFor(language));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(VisitorNotRecognizedException.class)
	ResponseEntity<ProblemDetail> unrecognized(VisitorNotRecognizedException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "visitor-not-recognized", "Unauthorized",
				ex.getMessage());
		LanguageTag language = ChatApiController.browserLanguage(request);
		problem.setProperty("note", this.texts.text(language, "chat.error.unauthorized"));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Visitor")
			.body(problem);
	}

	@ExceptionHandler(ChatFloodException.class)
	ResponseEntity<ProblemDetail> flood(ChatFloodException ex, HttpServletRequest request) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
				ex.getMessage());
		problem.setProperty("note",
				this.texts.text(ChatApiController.browserLanguage(request), "chat.error.flood", seconds));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	static @Nullable String token(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, VISITOR, 0, VISITOR.length())) {
			return null;
		}
		return authorization.substring(VISITOR.length()).strip();
	}

}
