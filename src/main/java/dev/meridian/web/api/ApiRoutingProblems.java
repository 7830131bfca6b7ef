package dev.meridian.web.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problems Spring MVC meets before it has chosen an endpoint (no route, a method or media
 * type no endpoint takes) are answered as problem details on API paths too. Elsewhere
 * they go on to the usual error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> routing(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ErrorResponse error = (ErrorResponse) ex;
		HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
		String detail = switch (status) {
			case NOT_FOUND -> "There is no endpoint at " + request.getRequestURI();
			case METHOD_NOT_ALLOWED -> request.getMethod() + " is not supported here";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
			default -> status.getReasonPhrase();
		};
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.headers(error.getHeaders());
		return response.body(Problems.of(status, "http-" + status.value(), status.getReasonPhrase(), detail));
	}

}
