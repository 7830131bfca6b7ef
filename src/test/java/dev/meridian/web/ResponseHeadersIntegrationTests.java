package dev.meridian.web;

import java.util.List;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers that protect readers: ticket addresses never leak to sites linked from mail
 * (Referrer-Policy), and behind a proxy that terminates HTTPS the session cookie is
 * Secure and browsers are told to stay on HTTPS (HSTS).
 */
@IntegrationTest
class ResponseHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/help/en", "/help/en/articles/no-such-article", "/css/meridian.css",
			"/api/v1/tickets", "/api/v1/no-such-thing", "/app", "/nothing-here" })
	void everyResponseKeepsTheAddressToOurOwnSite(String path) {
		Api.Response signedOut = Api.on(this.port).withToken("").get(path);
		Api.Response withToken = Api.on(this.port).get(path);

		assertThat(signedOut.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
		assertThat(withToken.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
	}

	@Test
	void workspaceScreensAndErrorPagesKeepTheAddressToOurOwnSite() {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "en");

		for (String path : List.of("/app", "/app/coverage", "/app/tickets/999999", "/app/tickets/x")) {
			assertThat(agent.get(path).headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		}
	}

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
		Api.Response response = Api.on(this.port).withToken("").withHeader("X-Forwarded-Proto", "https").get("/login");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(sessionCookie(response)).contains("Secure").contains("HttpOnly");
	}

	@Test
	void overPlainHttpThereIsNoHstsAndTheCookieStillWorks() {
		Api.Response response = Api.on(this.port).withToken("").get("/login");

		assertThat(response.header("Strict-Transport-Security")).isNull();
		assertThat(sessionCookie(response)).doesNotContain("Secure");
	}

	@Test
	void apiBehindAnHttpsProxyIsToldToStayOnHttpsToo() {
		Api.Response response = Api.on(this.port).withHeader("X-Forwarded-Proto", "https").get("/api/v1/tickets");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=");
	}

	private static String sessionCookie(Api.Response response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
