package dev.meridian.web.api;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes creating API requests safe to retry: a POST with an {@code Idempotency-Key}
 * header runs once per caller and key; a retry with the same key and the same request
 * gets the first response again (with {@code Idempotent-Replayed: true}), the same key
 * with a different request is refused, and a key whose first request is still running
 * answers 409. Registered after the security filters, so the caller is known.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/**
	 * A claimed key whose request never finished (the server died) is free again after
	 * this.
	 */
	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private final IdempotencyRecords records;

	private final ProblemWriter problems;

	private final java.time.Clock clock;

	IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems, java.time.Clock clock) {
		this.records = records;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			this.problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"Invalid Idempotency-Key", "An Idempotency-Key has 1 to 255 visible ASCII characters"));
			return;
		}
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String principal = caller == null ? "anonymous" : caller.getName();
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String hash = fingerprint(request, cached.body());

		if (!this.records.claim(principal, key, hash)) {
			Optional<IdempotencyRecords.Entry> existing = this.records.find(principal, key);
			boolean mayRun = existing.isEmpty() || replayOrRefuse(existing.get(), hash, principal, key, response);
			if (!mayRun) {
				return;
			}
			if (!this.records.claim(principal, key, hash)) {
				this.problems.write(response, inProgress());
				return;
			}
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean finished = false;
		try {
			chain.doFilter(cached, recorded);
			if (recorded.getStatus() < 500) {
				this.records.finish(principal, key, recorded.getStatus(), recorded.getHeader(HttpHeaders.LOCATION),
						recorded.getContentType(), recorded.getContentAsByteArray());
				finished = true;
			}
		}
		finally {
			if (!finished) {
				this.records.release(principal, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	/**
	 * Answers a request whose key was seen before. Returns false when it answered; true
	 * when the earlier request was abandoned and this one may run instead.
	 */
	private boolean replayOrRefuse(IdempotencyRecords.Entry entry, String hash, String principal, String key,
			HttpServletResponse response) throws IOException {
		if (!entry.requestHash().equals(hash)) {
			this.problems.write(response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency-Key reused", "This Idempotency-Key was already used for a different request"));
			return false;
		}
		if (entry.finished()) {
			response.setStatus(entry.status());
			response.setHeader("Idempotent-Replayed", "true");
			if (entry.location() != null) {
				response.setHeader(HttpHeaders.LOCATION, entry.location());
			}
			if (entry.contentType() != null) {
				response.setContentType(entry.contentType());
			}
			if (entry.body() != null) {
				response.getOutputStream().write(entry.body());
			}
			return false;
		}
		if (entry.createdAt().isBefore(Instant.now(this.clock).minus(ABANDONED_AFTER))) {
			this.records.release(principal, key);
			return true;
		}
		this.problems.write(response, inProgress());
		return false;
	}

	private static org.springframework.http.ProblemDetail inProgress() {
		return Problems.of(HttpStatus.CONFLICT, "idempotent-request-in-progress", "Conflict",
				"A request with this Idempotency-Key is still being processed; retry shortly");
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The body, read once (within the size limit) so it can be hashed and then parsed.
	 */
	private static final class CachedBodyRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request) throws IOException {
			super(request);
			this.body = StreamUtils.copyToByteArray(request.getInputStream());
		}

		byte[] body() {
			return this.body;
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() {
			java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(this.body);
			return new jakarta.servlet.ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(jakarta.servlet.ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reads only");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}
