package dev.meridian.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace as a browser without JavaScript uses it: a session cookie from the real
 * sign-in form, the CSRF token its forms carry, plain GETs and form posts, redirects not
 * followed so a test sees each answer.
 */
public final class Workspace {

	public static final String PASSWORD = "richtiges Passwort 123";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private String csrf = "";

	private Workspace(int port) {
		this.port = port;
	}

	/** Creates an agent with the given role and UI language and signs in as them. */
	public static Workspace signedInAs(int port, String role, String uiLanguage) {
		String email = "workspace." + Fixtures.unique() + "@meridian.example";
		Api.Response created = Api.on(port)
			.post("/api/v1/agents",
					Fixtures.json(Map.of("email", email, "displayName", "Test " + role, "role", role, "timeZone",
							"Europe/Lisbon", "uiLanguage", uiLanguage, "password", PASSWORD, "languages",
							java.util.List.of(Map.of("language", "de", "proficiency", "c1")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Workspace workspace = new Workspace(port);
		workspace.csrf = workspace.token("/login");
		HttpResponse<String> signIn = workspace.post("/login",
				"username=" + encode(email) + "&password=" + encode(PASSWORD));
		assertThat(signIn.headers().firstValue("Location").orElse("")).as("signed in").endsWith("/app");
		workspace.csrf = workspace.token("/app");
		return workspace;
	}

	/**
	 * Signs in as an agent the test created with the password {@link #PASSWORD}.
	 */
	public static Workspace signedInWith(int port, String email) {
		Workspace workspace = new Workspace(port);
		workspace.csrf = workspace.token("/login");
		HttpResponse<String> signIn = workspace.post("/login",
				"username=" + encode(email) + "&password=" + encode(PASSWORD));
		assertThat(signIn.headers().firstValue("Location").orElse("")).as("signed in").endsWith("/app");
		workspace.csrf = workspace.token("/app");
		return workspace;
	}

	/** A browser on the sign-in form, not signed in. */
	public static Workspace signedOut(int port) {
		Workspace workspace = new Workspace(port);
		workspace.csrf = workspace.token("/login");
		return workspace;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/** Posts a form (already encoded) with the session's CSRF token added. */
	public HttpResponse<String> post(String path, String form, String... headers) {
		return send("POST", path, form, headers);
	}

	public HttpResponse<String> send(String method, String path, String form, String... headers) {
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(this.csrf);
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String token(String path) {
		Matcher matcher = CSRF.matcher(get(path).body());
		assertThat(matcher.find()).as(path + " carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
