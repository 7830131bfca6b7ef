package dev.meridian.web.api;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst the database connection pool cannot take answers 503 with Retry-After, as the
 * API's other problems do, not a 500 that says something broke.
 */
class BusyDatabaseProblemTests {

	final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void noConnectionWithinThePoolsWaitIsAServiceUnavailableProblemToRetry() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.unavailable(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("meridian - Connection is not available, request timed out")));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getType().toString()).endsWith("unavailable");
		assertThat(answer.getBody().getDetail()).contains("nothing was changed").doesNotContain("meridian -");
	}

	@Test
	void aRepositoryThatCannotReachTheDatabaseIsTheSameProblem() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.unavailable(new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
	}

}
