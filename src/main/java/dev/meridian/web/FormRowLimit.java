package dev.meridian.web;

import java.io.IOException;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form field whose row number no page offers ({@code channels[100000]}): Spring
 * grows a bound list to at most {@value #MAX_ROWS} rows and fails with an internal error
 * beyond, so such a hand-made request is answered 400 before any binding.
 */
@Component
class FormRowLimit extends OncePerRequestFilter {

	/** Spring's limit for growing a bound list (DataBinder's autoGrowCollectionLimit). */
	static final int MAX_ROWS = 256;

	private static final Pattern ROW = Pattern.compile("\\[(\\d{1,10})\\]");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String name : Collections.list(request.getParameterNames())) {
			Matcher row = ROW.matcher(name);
			while (row.find()) {
				if (row.group(1).length() > 3 || Integer.parseInt(row.group(1)) >= MAX_ROWS) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
