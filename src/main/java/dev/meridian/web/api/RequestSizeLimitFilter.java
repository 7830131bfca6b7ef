package dev.meridian.web.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API (and chat) request bodies over the limit before they are read into memory:
 * by their declared length at once, and by counting for bodies sent without one. The
 * limit is {@code meridian.api.max-request-size}, or the one an endpoint declares for
 * itself ({@link RequestBodyLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final List<RequestBodyLimit> limits;

	private final ProblemWriter problems;

	RequestSizeLimitFilter(ApiSettings settings, List<RequestBodyLimit> limits, ProblemWriter problems) {
		this.limit = settings.maxRequestSize().toBytes();
		this.limits = limits;
		this.problems = problems;
	}

	/** The limit an endpoint declares for itself, else the API's. */
	private long limitFor(HttpServletRequest request) {
		for (RequestBodyLimit own : this.limits) {
			long limit = own.limitFor(request);
			if (limit >= 0) {
				return limit;
			}
		}
		return this.limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") && !request.getRequestURI().startsWith("/chat/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (PayloadTooLargeException ex) {
			// Thrown by filters that read the body before any controller (idempotency).
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			tooLarge(response, limit);
		}
	}

	private void tooLarge(HttpServletResponse response, long limit) throws IOException {
		this.problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
				"Content too large", "The request body is larger than " + limit + " bytes"));
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.count += n;
			if (this.count > this.limit) {
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
