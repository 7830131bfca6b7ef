package dev.meridian.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.meridian.privacy.request.PrivacyRequestReminders;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that come due are flagged once: one confirmed 40 days ago is overdue, one
 * confirmed 25 days ago is due within the week, one confirmed today is neither; each flag
 * leaves one audit entry however often the reminder runs, and the API lists them with
 * {@code due=soon} and {@code due=overdue}. Six days later the second is overdue.
 */
@IntegrationTest
class PrivacyRequestRemindersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PrivacyRequests requests;

	@Autowired
	PrivacyRequestReminders reminders;

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void requestsComingDueAreFlaggedOnceAndListed() {
		Api api = Api.on(this.port);
		Fixtures fixtures = new Fixtures(api);
		Instant now = Instant.now();
		TestClock.travelTo(now.minus(Duration.ofDays(40)));
		PrivacyRequest overdue = open(fixtures.customer(null));
		TestClock.travelTo(now.minus(Duration.ofDays(25)));
		PrivacyRequest soon = open(fixtures.customer(null));
		TestClock.reset();
		PrivacyRequest later = open(fixtures.customer(null));

		this.reminders.flag();
		this.reminders.flag();

		assertThat(audit(api, overdue, "privacy.request-overdue")).isEqualTo(1);
		assertThat(audit(api, soon, "privacy.request-due-soon")).isEqualTo(1);
		assertThat(audit(api, soon, "privacy.request-overdue")).isZero();
		assertThat(audit(api, later, "privacy.request-due-soon")).isZero();
		assertThat(ids(api, "soon")).contains(overdue.id(), soon.id()).doesNotContain(later.id());
		assertThat(ids(api, "overdue")).contains(overdue.id()).doesNotContain(soon.id(), later.id());
		assertProblem(api.get("/api/v1/privacy/requests?due=tomorrow"), 400);
		String screen = dev.meridian.support.Workspace.signedInAs(this.port, "admin", "en").get("/app/privacy").body();
		assertThat(screen).contains("data-request=\"" + overdue.id() + "\" data-due=\"OVERDUE\"",
				"data-request=\"" + soon.id() + "\" data-due=\"SOON\"",
				"data-request=\"" + later.id() + "\" data-due=\"LATER\"");
		java.net.http.HttpResponse<String> customerPage = dev.meridian.support.Workspace
			.signedInAs(this.port, "admin", "en")
			.get("/app/privacy/customers/" + overdue.customerId());
		assertThat(customerPage.statusCode()).isEqualTo(200);
		assertThat(customerPage.body()).contains("Personal data of", "Overdue");

		TestClock.advance(Duration.ofDays(6));
		this.reminders.flag();
		assertThat(audit(api, soon, "privacy.request-overdue")).isEqualTo(1);
		assertThat(audit(api, overdue, "privacy.request-overdue")).isEqualTo(1);

		// A closed request is due no more.
		api.patch("/api/v1/privacy/requests/" + later.id(), "{\"status\":\"done\"}");
		TestClock.advance(Duration.ofDays(30));
		this.reminders.flag();
		assertThat(audit(api, later, "privacy.request-due-soon")).isZero();
	}

	private PrivacyRequest open(JsonNode customer) {
		return this.requests
			.open(new PrivacyRequests.NewRequest(PrivacyRequest.Kind.ERASURE, customer.get("emails").get(0).asString(),
					UUID.fromString(customer.get("id").asString()), null, "en", "help-center"));
	}

	private static int audit(Api api, PrivacyRequest request, String action) {
		return api.get("/api/v1/audit?subject=customer:" + request.customerId() + "&action=" + action)
			.json()
			.get("items")
			.size();
	}

	private static List<UUID> ids(Api api, String due) {
		List<UUID> ids = new ArrayList<>();
		api.get("/api/v1/privacy/requests?limit=500&due=" + due)
			.json()
			.get("items")
			.forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
		return ids;
	}

}
