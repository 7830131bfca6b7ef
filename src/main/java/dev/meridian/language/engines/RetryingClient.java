package dev.meridian.language.engines;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.meridian.language.TranslationUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * Sends an engine's requests with time-outs, and tries again with exponential back-off
 * when the engine limits the rate (429), is briefly unavailable (503) or does not answer
 * in time. A {@code Retry-After} header (seconds or an HTTP date) is honoured; an engine
 * that asks to wait longer than {@code maxWait} is reported unavailable at once, so no
 * request thread sleeps for minutes.
 */
public final class RetryingClient {

	private final String engine;

	private final HttpClient http;

	private final EngineHttpSettings settings;

	public RetryingClient(String engine, EngineHttpSettings settings) {
		this.engine = engine;
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The final response: a success, or an error the engine will not change its mind on.
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.timeout(this.settings.timeout()).build();
		int attempts = Math.max(1, this.settings.maxAttempts());
		for (int attempt = 1;; attempt++) {
			Duration backoff = this.settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
			HttpResponse<String> response;
			try {
				response = this.http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (HttpTimeoutException ex) {
				if (attempt >= attempts) {
					throw unavailable("no answer within " + this.settings.timeout().toMillis() + " ms", null);
				}
				pause(backoff);
				continue;
			}
			catch (IOException ex) {
				if (attempt >= attempts) {
					throw unavailable(
							"cannot reach " + built.uri().getHost() + " (" + ex.getClass().getSimpleName() + ")", null);
				}
				pause(backoff);
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw unavailable("interrupted", null);
			}
			int status = response.statusCode();
			if (status != 429 && status != 503) {
				return response;
			}
			Duration retryAfter = retryAfter(response).orElse(null);
			String reason = status == 429 ? "too many requests (429)" : "service unavailable (503)";
			if (attempt >= attempts || (retryAfter != null && retryAfter.compareTo(this.settings.maxWait()) > 0)) {
				throw unavailable(reason, retryAfter);
			}
			pause(retryAfter != null ? retryAfter : backoff);
		}
	}

	/**
	 * An error the engine answered that waiting will not mend soon (quota, credentials).
	 */
	public TranslationUnavailableException unavailable(String reason, @Nullable Duration retryAfter) {
		return new TranslationUnavailableException(this.engine, reason, retryAfter);
	}

	static Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").flatMap(RetryingClient::parseRetryAfter);
	}

	static Optional<Duration> parseRetryAfter(String value) {
		String trimmed = value.strip();
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("interrupted", null);
		}
	}

}
