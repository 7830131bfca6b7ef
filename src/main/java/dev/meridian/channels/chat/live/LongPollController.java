package dev.meridian.channels.chat.live;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.VisitorNotRecognizedException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.MessageId;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The chat's read with {@code wait}: for browsers whose network blocks WebSockets, the
 * same answer as the plain read, but held up to {@code wait} seconds until a message
 * arrives (then at once), else an empty page.
 */
@RestController
class LongPollController {

	static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	private static final String VISITOR = "Visitor ";

	private final LongPolls polls;

	private final ChatTexts texts;

	LongPollController(LongPolls polls, ChatTexts texts) {
		this.polls = polls;
		this.texts = texts;
	}

	@GetMapping(path = "/chat/v1/conversations/{id}/messages", params = "wait")
	DeferredResult<LiveNotices.Page> messages(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestParam(required = false) @Nullable UUID after, @RequestParam int wait) {
		long millis = Duration.ofSeconds(Math.max(0, wait)).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT.toMillis()
				: Duration.ofSeconds(Math.max(0, wait)).toMillis();
		DeferredResult<LiveNotices.Page> result = new DeferredResult<>(Math.max(1, millis),
				() -> this.polls.nothingNew(id));
		// Without a token the first read refuses the visitor (401), as the plain read
		// does.
		String token = token(authorization);
		this.polls.await(id, token == null ? "" : token, after == null ? null : new MessageId(after), result);
		return result;
	}

	@ExceptionHandler(VisitorNotRecognizedException.class)
	ResponseEntity<ProblemDetail> unrecognized(VisitorNotRecognizedException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "visitor-not-recognized", "Unauthorized",
				ex.getMessage());
		LanguageTag language = browserLanguage(request);
		problem.setProperty("note", this.texts.text(language, "chat.error.unauthorized"));
		problem.setProperty("noteLanguage", ChatTexts.languageFor(language));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Visitor")
			.body(problem);
	}

	private static @Nullable String token(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, VISITOR, 0, VISITOR.length())) {
			return null;
		}
		String token = authorization.substring(VISITOR.length()).strip();
		return token.isEmpty() ? null : token;
	}

	private static LanguageTag browserLanguage(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return LanguageTag.UNDETERMINED;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				LanguageTag tag = LanguageTag.read(range.getRange());
				if (!tag.isUndetermined()) {
					return tag;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header names no language.
		}
		return LanguageTag.UNDETERMINED;
	}

}
