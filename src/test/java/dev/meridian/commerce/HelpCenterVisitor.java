package dev.meridian.commerce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the help center as a browser without JavaScript is: cookies kept,
 * redirects followed, each form posted with the CSRF token of the page it is on, from a
 * client address of its own (forwarded as a proxy on loopback does) so per-client limits
 * count this visitor only.
 */
final class HelpCenterVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String client;

	HelpCenterVisitor(int port) {
		this.base = "http://localhost:" + port;
		int n = CLIENTS.incrementAndGet();
		this.client = "203.0." + (113 + n / 250 % 10) + "." + (1 + n % 250);
	}

	record Page(int status, String html) {

		/** The page without what differs between any two requests (the CSRF token). */
		String stable() {
			return CSRF.matcher(this.html).replaceAll("name=\"_csrf\" value=\"\"");
		}

	}

	Page get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
	}

	/** Opens {@code page}, then posts its form with these values and the page's token. */
	Page submit(String page, String action, Map<String, String> values) {
		Page form = get(page);
		Matcher token = CSRF.matcher(form.html());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page + ": " + form);
		}
		Map<String, String> fields = new LinkedHashMap<>(values);
		fields.put("_csrf", token.group(1));
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(
					request.header("X-Forwarded-For", this.client).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
