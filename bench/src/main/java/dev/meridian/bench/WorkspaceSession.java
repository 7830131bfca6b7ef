package dev.meridian.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in agent in the HTML workspace: form login (GET /login for the CSRF token,
 * POST /login), then the session cookie rides on every request. Redirects are not
 * followed, so a bounce to /login shows up as an error rather than as a fast page.
 */
final class WorkspaceSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CSRF_META = Pattern.compile("<meta[^>]*name=\"_csrf\"[^>]*>", Pattern.CASE_INSENSITIVE);

	private final String baseUrl;

	private final HttpClient client;

	private WorkspaceSession(String baseUrl) {
		this.baseUrl = LoopbackGuard.requireLoopback(baseUrl);
		CookieManager cookies = new CookieManager();
		cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static WorkspaceSession login(String baseUrl, String username, String password)
			throws IOException, InterruptedException {
		WorkspaceSession session = new WorkspaceSession(baseUrl);
		HttpResponse<String> form = session.get("/login");
		if (form.statusCode() != 200) {
			throw new IllegalStateException("GET /login: " + MeridianApi.describe(form));
		}
		String csrf = csrfToken(form.body());
		String body = "username=" + MeridianApi.encode(username) + "&password=" + MeridianApi.encode(password)
				+ "&_csrf=" + MeridianApi.encode(csrf);
		HttpResponse<String> result = session.client.send(
				HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
					.timeout(MeridianApi.REQUEST_TIMEOUT)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String location = result.headers().firstValue("Location").orElse("");
		if (result.statusCode() / 100 != 3 || location.contains("error") || location.contains("/login")) {
			throw new IllegalStateException(
					"Login as " + username + " failed: HTTP " + result.statusCode() + " Location: " + location);
		}
		return session;
	}

	/** The client that holds the session's cookie: a WebSocket opened with it signs in too. */
	HttpClient client() {
		return client;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(MeridianApi.REQUEST_TIMEOUT)
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String csrfToken(String html) {
		Matcher input = CSRF_INPUT.matcher(html);
		if (input.find()) {
			return attribute(input.group(), "value");
		}
		Matcher meta = CSRF_META.matcher(html);
		if (meta.find()) {
			return attribute(meta.group(), "content");
		}
		throw new IllegalStateException("No _csrf token in the login page");
	}

	private static String attribute(String tag, String name) {
		Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(tag);
		if (!value.find()) {
			throw new IllegalStateException("No " + name + " in " + tag);
		}
		return unescapeHtml(value.group(1));
	}

	private static String unescapeHtml(String text) {
		Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(text);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String replacement = switch (name) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> new String(Character.toChars(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
						: Integer.parseInt(name.substring(1))));
			};
			entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		entity.appendTail(out);
		return out.toString();
	}

}
