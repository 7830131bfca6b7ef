package dev.meridian.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details the same way everywhere.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:meridian:problem:" + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
