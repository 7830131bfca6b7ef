package dev.meridian.web.api;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes creating API requests safe to retry: a POST with an {@code Idempotency-Key}
 * header runs once per caller and key; a retry with the same key and the same request
 * gets the first response again (with {@code Idempotent-Replayed: true}), the same key
 * with a different request is refused. Registered after the security filters, so the
 * caller is known.
 * <p>
 * The key, the work and the answer are one transaction: the key is claimed (a row lock),
 * the request runs in that transaction (the services' own transactions join it), and the
 * answer is stored before it commits. A crash at any point leaves both or neither, so a
 * retry can neither run the work twice nor find the key taken without an answer. A
 * request with the same key arriving meanwhile waits for the first to end and gets its
 * answer; after {@link #WAIT_FOR_FIRST} it answers 409. Handlers marked
 * {@link IdempotentByContent} run outside that transaction; only their answer is kept.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	/** How long a retry waits for the running first request with its key. */
	static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyRecords records;

	private final ProblemWriter problems;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final ApiHandlers handlers;

	IdempotencyFilter(IdempotencyRecords records, ProblemWriter problems, PlatformTransactionManager transactions,
			JsonMapper json, ApiHandlers handlers) {
		this.records = records;
		this.problems = problems;
		this.transactions = new TransactionTemplate(transactions);
		this.json = json;
		this.handlers = handlers;
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
		if (this.handlers.isAnnotated(request, IdempotentByContent.class)) {
			keepAnswerOnly(principal, key, hash, cached, response, chain);
			return;
		}

		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		Outcome outcome;
		try {
			outcome = this.transactions.execute(transaction -> {
				Optional<IdempotencyRecords.Entry> earlier = claimOrFind(principal, key, hash);
				if (earlier.isPresent()) {
					return new Outcome.Earlier(earlier.get());
				}
				ChainFailure.run(() -> chain.doFilter(cached, recorded));
				int status = recorded.getStatus();
				if (status < 400 && !transaction.isRollbackOnly()) {
					this.records.finish(principal, key, answerOf(request, recorded));
					return new Outcome.Done();
				}
				// Nothing of a refused or failed request is kept with the key.
				transaction.setRollbackOnly();
				return new Outcome.Undone(status < 400);
			});
		}
		catch (ChainFailure failure) {
			failure.rethrow();
			return;
		}
		catch (KeyBusy ex) {
			this.problems.write(response, inProgress());
			return;
		}
		catch (RuntimeException ex) {
			// The commit failed: nothing was done, and the client must not hear
			// otherwise.
			log.warn("A request with Idempotency-Key could not be committed; the client may retry it", ex);
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			this.problems.write(response, notCompleted());
			return;
		}
		if (outcome instanceof Outcome.Earlier earlier) {
			answer(earlier.entry(), hash, response);
		}
		else if (outcome instanceof Outcome.Undone undone && undone.claimedSuccess()) {
			// A handler caught a failure of its transaction yet answered success: it was
			// rolled back, so that answer is not true.
			response.reset();
			this.problems.write(response, notCompleted());
		}
		else {
			if (outcome instanceof Outcome.Undone && recorded.getStatus() < 500) {
				this.records.keep(principal, key, hash, answerOf(request, recorded));
			}
			recorded.copyBodyToResponse();
		}
	}

	/** What the request's transaction ended with. */
	private sealed interface Outcome {

		/** The key was used before: answer from the record. */
		record Earlier(IdempotencyRecords.Entry entry) implements Outcome {
		}

		/** The work and its answer were committed. */
		record Done() implements Outcome {
		}

		/** Rolled back: a refusal or failure, or a success that could not be kept. */
		record Undone(boolean claimedSuccess) implements Outcome {
		}

	}

	/** Claims the key in this transaction, or finds what an earlier request left. */
	private Optional<IdempotencyRecords.Entry> claimOrFind(String principal, String key, String hash) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				if (this.records.claim(principal, key, hash, WAIT_FOR_FIRST)) {
					return Optional.empty();
				}
			}
			catch (DataAccessException ex) {
				if (isLockTimeout(ex)) {
					throw new KeyBusy();
				}
				throw ex;
			}
			Optional<IdempotencyRecords.Entry> earlier = this.records.find(principal, key);
			if (earlier.isPresent() && earlier.get().finished()) {
				return earlier;
			}
			// Forgotten meanwhile (a day old), or left unanswered by an earlier version.
			this.records.forgetUnfinished(principal, key);
		}
		throw new KeyBusy();
	}

	/**
	 * PostgreSQL's lock time-out (SQLSTATE 55P03), which Spring's translation leaves
	 * uncategorized.
	 */
	private static boolean isLockTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException
					|| cause instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The first request with this key still runs. */
	private static final class KeyBusy extends RuntimeException {

		KeyBusy() {
			super(null, null, false, false);
		}

	}

	/** Carries what the rest of the chain threw through the transaction callback. */
	private static final class ChainFailure extends RuntimeException {

		interface Step {

			void run() throws IOException, ServletException;

		}

		private ChainFailure(Exception cause) {
			super(cause);
		}

		static void run(Step step) {
			try {
				step.run();
			}
			catch (IOException | ServletException | RuntimeException ex) {
				throw new ChainFailure(ex);
			}
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			if (getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) getCause();
		}

	}

	/**
	 * For a handler that recognises repeats by content: answer from the record, or run
	 * and keep the answer.
	 */
	private void keepAnswerOnly(String principal, String key, String hash, CachedBodyRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		Optional<IdempotencyRecords.Entry> earlier = this.records.find(principal, key)
			.filter(IdempotencyRecords.Entry::finished);
		if (earlier.isPresent()) {
			answer(earlier.get(), hash, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, recorded);
			if (recorded.getStatus() < 500) {
				this.records.keep(principal, key, hash, answerOf(request, recorded));
			}
		}
		finally {
			recorded.copyBodyToResponse();
		}
	}

	/** Answers a request whose key was used before. */
	private void answer(IdempotencyRecords.Entry entry, String hash, HttpServletResponse response) throws IOException {
		if (!entry.requestHash().equals(hash)) {
			this.problems.write(response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"Idempotency-Key reused", "This Idempotency-Key was already used for a different request"));
			return;
		}
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
	}

	/** The answer to keep, without the secrets the handler named. */
	private IdempotencyRecords.Answer answerOf(HttpServletRequest request, ContentCachingResponseWrapper recorded) {
		byte[] body = recorded.getContentAsByteArray();
		if (request.getAttribute(IdempotentReplay.WITHHELD) instanceof List<?> secrets && body.length > 0) {
			ObjectNode document = (ObjectNode) this.json.readTree(body);
			secrets.forEach(member -> {
				if (document.has(member.toString())) {
					document.putNull(member.toString());
				}
			});
			body = this.json.writeValueAsBytes(document);
		}
		return new IdempotencyRecords.Answer(recorded.getStatus(), recorded.getHeader(HttpHeaders.LOCATION),
				recorded.getContentType(), body);
	}

	private static org.springframework.http.ProblemDetail notCompleted() {
		return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "idempotent-request-not-completed", "Not completed",
				"The request could not be completed and nothing of it was kept; retry it with the same Idempotency-Key");
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
