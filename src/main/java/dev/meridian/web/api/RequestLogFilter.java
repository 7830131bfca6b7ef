package dev.meridian.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per request: method, path, status and duration as key-value
 * pairs. No query strings, bodies, names or addresses: they may carry personal data (an
 * email in {@code ?email=}), and a log is no place for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("dev.meridian.requests");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isInfoEnabled()) {
				long micros = (System.nanoTime() - started) / 1_000;
				log.atInfo()
					.addKeyValue("http.method", request.getMethod())
					.addKeyValue("url.path", request.getRequestURI())
					.addKeyValue("http.status", response.getStatus())
					.addKeyValue("duration.us", micros)
					.log("{} {} {} {}µs", request.getMethod(), request.getRequestURI(), response.getStatus(), micros);
			}
		}
	}

}
