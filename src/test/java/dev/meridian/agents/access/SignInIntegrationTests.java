package dev.meridian.agents.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the workspace through the real form, as a browser does: CSRF token,
 * session cookie, throttling, and the API refusing the session cookie.
 */
@IntegrationTest
class SignInIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void workspaceAsksToSignInFirst() throws Exception {
		HttpResponse<String> response = newBrowser().send(get("/app"), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void signsInWithTheRightPasswordAndSeesTheInboxInTheAgentsLanguage() throws Exception {
		String email = agentWithPassword("uiLanguage\":\"de");
		HttpClient browser = newBrowser();

		HttpResponse<String> signIn = signIn(browser, email, "richtiges Passwort 123");
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/app");

		HttpResponse<String> inbox = browser.send(get("/app"), HttpResponse.BodyHandlers.ofString());
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("Posteingang").contains("Abmelden");
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		String email = agentWithPassword("uiLanguage\":\"en");
		HttpResponse<String> response = newBrowser().send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("username", email, "password", "richtiges Passwort 123")))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
		String email = agentWithPassword("uiLanguage\":\"en");
		HttpClient browser = newBrowser();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
			assertThat(signIn(browser, email, "wrong guess " + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		HttpResponse<String> rightPassword = signIn(browser, email, "richtiges Passwort 123");

		assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
		assertThat(browser.send(get("/login?locked"), HttpResponse.BodyHandlers.ofString()).body())
			.contains("Too many failed attempts");
	}

	@Test
	void apiIgnoresTheWorkspaceSessionCookie() throws Exception {
		String email = agentWithPassword("uiLanguage\":\"en");
		HttpClient browser = newBrowser();
		signIn(browser, email, "richtiges Passwort 123");

		HttpResponse<String> api = browser.send(get("/api/v1/tickets"), HttpResponse.BodyHandlers.ofString());

		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	private String agentWithPassword(String uiLanguage) {
		String email = "signin." + System.nanoTime() + "@meridian.example";
		Api.Response created = Api.on(this.port).post("/api/v1/agents", """
				{"email":"%s","displayName":"Test Agent","role":"agent","timeZone":"Europe/Lisbon","%s",
				 "password":"richtiges Passwort 123","languages":[{"language":"de","proficiency":"c1"}]}
				""".formatted(email, uiLanguage));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return email;
	}

	private HttpResponse<String> signIn(HttpClient browser, String email, String password)
			throws IOException, InterruptedException {
		String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		return browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form("username", email, "password", password, "_csrf", csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient newBrowser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(url(path)).GET().build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
