package dev.meridian.web.api;

import java.util.List;
import java.util.Map;

import dev.meridian.DomainException;
import dev.meridian.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers every failed API request with {@code application/problem+json}: domain rules by
 * their kind, validation with a list of field errors, unreadable bodies with where they
 * broke, and anything unexpected with a 500 that leaks no internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidValueException.class)
	ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex) {
		return respond(Problems.invalid(ex.getMessage(), List.of(Problems.fieldError(ex.field(), ex.getMessage()))));
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
		return respond(Problems.of(status, ex.type(), status.getReasonPhrase(), ex.getMessage()));
	}

	/**
	 * Two requests created the same thing at the same moment (a unique index stopped the
	 * second), or something still refers to what was to be deleted.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
				"This conflicts with existing data: something with the same unique value exists already, "
						+ "or other records still refer to it"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
				"Someone else changed this at the same moment; reload it and try again"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = "'" + ex.getValue() + "' is not a valid value for " + ex.getName();
		return respond(Problems.invalid(detail, List.of(Problems.fieldError(ex.getName(), detail))));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return respond(
				Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Content too large", ex.getMessage()));
	}

	/**
	 * Every database connection stayed busy for the pool's whole wait, or the database is
	 * out of reach: the request did nothing, and the client may try again shortly (a
	 * burst of chat messages on a small machine met this as a 500 before).
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("Database unavailable for an API request: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
					"The server is too busy to take this request now; nothing was changed. Try again in a few seconds."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in an API request", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; nothing was changed unless a later read shows it. "
						+ "The server log has the details."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = Problems.invalid("The request has " + errors.size() + " invalid field(s)", errors);
		return ResponseEntity.badRequest()
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			// Jackson wraps the limit when a body of unknown length exceeds it.
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
					.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Content too large",
							tooLarge.getMessage()));
			}
		}
		ProblemDetail problem = unreadable(ex);
		return ResponseEntity.badRequest()
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Content too large",
					"The upload is larger than the server accepts"));
	}

	private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof StreamReadException read) {
			String where = read.getLocation() == null ? ""
					: " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
			return Problems.invalid("The body is not valid JSON" + where, List.of());
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = JsonPaths.of(jackson.getPath());
			InvalidValueException invalid = invalidValueIn(jackson);
			String detail = invalid != null ? invalid.getMessage() : "'" + field + "' has the wrong type or format";
			return Problems.invalid(detail, List.of(Problems.fieldError(field, detail)));
		}
		if (cause != null && cause.getCause() instanceof InvalidValueException invalid) {
			return Problems.invalid(invalid.getMessage(),
					List.of(Problems.fieldError(invalid.field(), invalid.getMessage())));
		}
		return Problems.invalid("The body is missing or cannot be read as JSON", List.of());
	}

	/**
	 * A rule broken while a value was read (see StorableTextModule), if that is the
	 * cause.
	 */
	private static @org.jspecify.annotations.Nullable InvalidValueException invalidValueIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidValueException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
