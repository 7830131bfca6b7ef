package dev.meridian.agents.access;

import java.io.IOException;

import dev.meridian.web.api.ProblemWriter;
import dev.meridian.web.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 on the API as problem+json, with a hint at what is missing.
 */
class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	ApiProblemHandlers(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"meridian\"");
		this.problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
				"Send a valid API token as 'Authorization: Bearer <token>'"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"This token's role or scopes do not allow " + request.getMethod() + " " + request.getRequestURI()));
	}

}
