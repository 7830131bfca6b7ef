package dev.meridian.support;

import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every failed API request must look like: the status, an
 * {@code application/problem+json} body, and for invalid input the field at fault.
 */
public final class ApiAssertions {

	private ApiAssertions() {
	}

	/** Asserts the status and that the body is a problem with that status. */
	public static JsonNode assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	/** Asserts a 400 problem whose {@code errors} name this field. */
	public static JsonNode assertFieldError(Api.Response response, String field) {
		JsonNode problem = assertProblem(response, 400);
		assertThat(fields(problem)).as(response.toString()).contains(field);
		return problem;
	}

	/** The fields a problem's {@code errors} name. */
	public static List<String> fields(JsonNode problem) {
		JsonNode errors = problem.get("errors");
		return errors == null ? List.of() : errors.valueStream().map(error -> error.get("field").asString()).toList();
	}

}
