package dev.meridian.agents.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the workspace through the real form, as a browser does: CSRF token,
 * session cookie, throttling (by account and by the client address a proxy forwards),
 * sessions that end when their agent's access changes, and the API refusing the session
 * cookie.
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
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
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

	@Test
	void deactivatingAnAgentEndsTheirSessionAtTheNextRequest() throws Exception {
		JsonNode agent = agent("agent");
		HttpClient browser = newBrowser();
		signIn(browser, agent.get("email").asString(), PASSWORD);
		assertThat(status(browser, "/app")).isEqualTo(200);

		change(agent, "agent", false, null);

		assertSignedOut(browser, "/app");
	}

	@Test
	void aDemotedAdminLosesTheAdminPagesAtOnce() throws Exception {
		JsonNode admin = agent("admin");
		HttpClient browser = newBrowser();
		signIn(browser, admin.get("email").asString(), PASSWORD);
		assertThat(status(browser, "/app/admin/email")).isEqualTo(200);

		change(admin, "agent", true, null);

		assertSignedOut(browser, "/app/admin/email");
		assertSignedOut(browser, "/app");
	}

	@Test
	void aPasswordChangedByAnAdminEndsTheSessionsThatUsedTheOldOne() throws Exception {
		JsonNode agent = agent("agent");
		HttpClient browser = newBrowser();
		signIn(browser, agent.get("email").asString(), PASSWORD);

		change(agent, "agent", true, "a completely new password 456");

		assertSignedOut(browser, "/app");
	}

	@Test
	void aChangeThatGrantsNothingNewKeepsTheSession() throws Exception {
		JsonNode agent = agent("supervisor");
		HttpClient browser = newBrowser();
		signIn(browser, agent.get("email").asString(), PASSWORD);

		change(agent, "supervisor", true, null);

		assertThat(status(browser, "/app")).isEqualTo(200);
	}

	@Test
	void parallelGuessesAreCountedBeforeThePasswordCheckAndCostOneBcryptEach() throws Exception {
		String email = agent("agent").get("email").asString();
		String address = proxiedAddress();
		int callers = LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 7;
		List<HttpClient> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			browsers.add(newBrowser());
			tokens.add(csrf(browsers.get(i)));
		}
		double checksBefore = passwordChecks();
		AtomicInteger next = new AtomicInteger();

		List<String> outcomes = Simultaneous.calls(callers, () -> {
			int i = next.getAndIncrement();
			return post(browsers.get(i), tokens.get(i), email, "parallel guess " + i, address).headers()
				.firstValue("Location")
				.orElseThrow();
		});

		assertThat(outcomes).filteredOn(location -> location.endsWith("/login?error"))
			.hasSize(LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
		assertThat(outcomes).filteredOn(location -> location.endsWith("/login?locked"))
			.hasSize(callers - LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
		assertThat(passwordChecks() - checksBefore).isEqualTo(LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
	}

	@Test
	void strangersGuessesDoNotLockAnAgentOutOfAnAddressTheyHaveSignedInFrom() throws Exception {
		String email = agent("admin").get("email").asString();
		String office = proxiedAddress();
		String stranger = proxiedAddress();
		assertThat(location(signIn(newBrowser(), email, PASSWORD, office))).endsWith("/app");
		HttpClient attacker = newBrowser();
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
			signIn(attacker, email, "guess " + i, stranger);
		}
		assertThat(location(signIn(attacker, email, PASSWORD, stranger))).endsWith("/login?locked");

		assertThat(location(signIn(newBrowser(), email, PASSWORD, office))).endsWith("/app");
	}

	@Test
	void anAdminLiftsTheWaitOfAnAccountSomeoneGuessedAt() throws Exception {
		JsonNode agent = agent("agent");
		String email = agent.get("email").asString();
		String address = proxiedAddress();
		HttpClient browser = newBrowser();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
			signIn(browser, email, "guess " + i, address);
		}
		assertThat(location(signIn(browser, email, PASSWORD, address))).endsWith("/login?locked");

		assertThat(Api.on(this.port).delete("/api/v1/agents/" + agent.get("id").asString() + "/sign-in-wait").status())
			.isEqualTo(204);

		assertThat(location(signIn(browser, email, PASSWORD, address))).endsWith("/app");
	}

	@Test
	void behindAProxyTheForwardedClientAddressIsThrottledNotTheProxys() throws Exception {
		String sprayer = proxiedAddress();
		HttpClient browser = newBrowser();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			signIn(browser, "nobody." + i + "." + System.nanoTime() + "@meridian.example", "guess", sprayer);
		}
		String email = agent("agent").get("email").asString();

		assertThat(location(signIn(newBrowser(), email, PASSWORD, sprayer))).endsWith("/login?locked");
		assertThat(location(signIn(newBrowser(), email, PASSWORD, proxiedAddress()))).endsWith("/app");
	}

	private static final String PASSWORD = "richtiges Passwort 123";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MeterRegistry meters;

	/** A client address of the documentation range, as a proxy forwards it. */
	private static String proxiedAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
	}

	private double passwordChecks() {
		return this.meters.get("meridian.sign-in.password-checks").counter().count();
	}

	private JsonNode agent(String role) {
		String email = "session." + System.nanoTime() + "@meridian.example";
		Api.Response created = Api.on(this.port).post("/api/v1/agents", """
				{"email":"%s","displayName":"Session Agent","role":"%s","timeZone":"Europe/Lisbon","uiLanguage":"en",
				 "password":"%s","languages":[{"language":"en","proficiency":"native"}]}
				""".formatted(email, role, PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	/** An admin changes the agent through the API, as from another browser. */
	private void change(JsonNode agent, String role, boolean active, String password) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("email", agent.get("email").asString());
		request.put("displayName", agent.get("displayName").asString());
		request.put("role", role);
		request.put("timeZone", "Europe/Lisbon");
		request.put("uiLanguage", "en");
		request.put("languages", List.of(Map.of("language", "en", "proficiency", "native")));
		request.put("active", active);
		if (password != null) {
			request.put("password", password);
		}
		Api.Response changed = Api.on(this.port)
			.put("/api/v1/agents/" + agent.get("id").asString(), Fixtures.json(request));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
	}

	private void assertSignedOut(HttpClient browser, String path) throws Exception {
		HttpResponse<String> response = browser.send(get(path), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private int status(HttpClient browser, String path) throws Exception {
		return browser.send(get(path), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
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
		return signIn(browser, email, password, null);
	}

	private HttpResponse<String> signIn(HttpClient browser, String email, String password, String forwardedFor)
			throws IOException, InterruptedException {
		return post(browser, csrf(browser), email, password, forwardedFor);
	}

	private String csrf(HttpClient browser) throws IOException, InterruptedException {
		String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		return csrf.group(1);
	}

	/**
	 * The form's POST; with {@code forwardedFor}, as a proxy on this machine sends it.
	 */
	private HttpResponse<String> post(HttpClient browser, String csrf, String email, String password,
			String forwardedFor) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("username", email, "password", password, "_csrf", csrf)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
