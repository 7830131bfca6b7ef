package dev.meridian.channels.email;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The help center's contact form as a browser uses it: one visitor (cookies kept), the
 * page fetched first for its CSRF token, then the form posted. Public for the help
 * center's other forms (privacy requests).
 */
public final class HelpCenterForm {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

	private final String base;

	/**
	 * The client address this reader has, as a proxy on loopback forwards it: each form
	 * its own, so the contact form's per-client limit counts this test's requests only,
	 * not those every other test sent from 127.0.0.1 before it.
	 */
	private final String clientAddress;

	public HelpCenterForm(int port) {
		this.base = "http://localhost:" + port;
		int client = CLIENTS.incrementAndGet();
		this.clientAddress = "198.51." + (100 + client / 250) + "." + (1 + client % 250);
	}

	String clientAddress() {
		return this.clientAddress;
	}

	public record Page(int status, String html) {
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** Posts a form with the CSRF token of the contact page. */
	public Page post(String path, Map<String, String> values) {
		String locale = path.split("/")[2];
		Matcher token = CSRF.matcher(get("/help/" + locale + "/contact").html());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on the contact page");
		}
		Map<String, String> fields = new LinkedHashMap<>(values);
		fields.put("_csrf", token.group(1));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** Fills in and sends the contact form of this locale. */
	Page contact(String locale, String name, String email, String subject, String message) {
		Page form = get("/help/" + locale + "/contact");
		Matcher token = CSRF.matcher(form.html());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on the contact page: " + form);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", token.group(1));
		fields.put("name", name);
		fields.put("email", email);
		fields.put("subject", subject);
		fields.put("message", message);
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/help/" + locale + "/contact"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(
					request.header("X-Forwarded-For", this.clientAddress).timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
