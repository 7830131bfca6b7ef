package dev.meridian.web;

import java.net.http.HttpResponse;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values on the workspace's forms that the server cannot read: the agent gets the form
 * back with a problem, or a 400 page, never a 500.
 */
@IntegrationTest
class BadScreenInputIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "not-a-uuid", "1234", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "00000000-0000-0000-0000" })
	void assigneeThatIsNoAgentIdComesBackAsAProblemOnTheTicket(String assignee) {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "en");
		long number = new Fixtures(Api.on(this.port)).aTicket().open().get("number").asLong();

		HttpResponse<String> changed = agent.post("/app/tickets/" + number, "assignee=" + Workspace.encode(assignee));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/app/tickets/" + number);
		assertThat(agent.get("/app/tickets/" + number).body()).contains("class=\"problem\"")
			.contains("is not an agent id");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://[::1", "http://exa mple.com/app", "::::", "%zz", "//evil.example/app" })
	void presenceSwitchWithAnUnreadableRefererGoesBackToTheInbox(String referer) {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "en");

		HttpResponse<String> switched = agent.post("/app/presence", "presence=AWAY", "Referer", referer);

		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/app");
	}

	@Test
	void presenceSwitchGoesBackToTheScreenItWasUsedOn() {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "en");

		HttpResponse<String> switched = agent.post("/app/presence", "presence=ONLINE", "Referer",
				"http://localhost:" + this.port + "/app/search?q=x");

		assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/app/search");
	}

	@Test
	void unknownPresenceIsABadRequestPage() {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "de");

		HttpResponse<String> switched = agent.post("/app/presence", "presence=ASLEEP");

		assertThat(switched.statusCode()).isEqualTo(400);
		assertThat(switched.body()).contains("<h1>").doesNotContain("Whitelabel");
	}

	@Test
	void passwordLongerThanBcryptReadsIsAWrongPasswordAtSignIn() {
		Workspace browser = Workspace.signedOut(this.port);

		HttpResponse<String> signIn = browser.post("/login", "username=" + Workspace.encode("nobody@meridian.example")
				+ "&password=" + Workspace.encode("ä".repeat(100)));

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
	}

	@Test
	void emptyTicketSearchIsExplainedInTheAgentsLanguage() {
		Workspace agent = Workspace.signedInAs(this.port, "agent", "de");

		HttpResponse<String> search = agent.get("/app/search?q=%20");

		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("Geben Sie ein oder mehrere Wörter ein.");
	}

	@Test
	void formRowThePageNeverOfferedIsABadRequestPage() {
		Workspace admin = Workspace.signedInAs(this.port, "admin", "en");

		HttpResponse<String> posted = admin.post("/app/admin/sla", "name=x&channels%5B100000%5D=email");

		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("This request cannot be read");
	}

}
