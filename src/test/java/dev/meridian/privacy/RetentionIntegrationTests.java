package dev.meridian.privacy;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on a test clock: two markets with different periods for solved tickets, a
 * ticket solved just before and one just after each market's cutoff, and an old ticket
 * still open. Runs go through the API for these two markets only (the test server's data
 * is shared), and leave a report and audit entries behind.
 */
@IntegrationTest
class RetentionIntegrationTests {

	/** Markets no other test uses. */
	private static final String SHORT = "LV";

	private static final String LONG = "SI";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market(SHORT, "lv", "EUR", "Europe/Riga");
		this.fixtures.market(LONG, "sl", "EUR", "Europe/Ljubljana");
	}

	@AfterEach
	void restore() {
		TestClock.reset();
		this.api.delete("/api/v1/privacy/retention/markets/" + SHORT);
		this.api.delete("/api/v1/privacy/retention/markets/" + LONG);
	}

	@Test
	void retentionRunOnATestClockRemovesWhatIsDueAndNothingElse() {
		Instant now = Instant.now();
		Duration hour = Duration.ofHours(1);
		String shortDue = solvedAt(SHORT, now.minus(Duration.ofDays(10)).minus(hour));
		String shortKept = solvedAt(SHORT, now.minus(Duration.ofDays(10)).plus(hour));
		String shortOpen = openedAt(SHORT, now.minus(Duration.ofDays(30)));
		String longDue = solvedAt(LONG, now.minus(Duration.ofDays(20)).minus(hour));
		String longKept = solvedAt(LONG, now.minus(Duration.ofDays(20)).plus(hour));
		String longPastShortPeriod = solvedAt(LONG, now.minus(Duration.ofDays(10)).minus(hour));
		TestClock.reset();
		// Mail held back at a mailbox of each market (quarantine is written by the mail
		// intake only, so the rows are put in directly).
		UUID shortMailbox = mailbox(SHORT);
		UUID longMailbox = mailbox(LONG);
		UUID shortHeldDue = quarantined(shortMailbox, now.minus(Duration.ofDays(5)).minus(hour));
		UUID shortHeldKept = quarantined(shortMailbox, now.minus(Duration.ofDays(5)).plus(hour));
		UUID longHeldKept = quarantined(longMailbox, now.minus(Duration.ofDays(5)).minus(hour));

		Api.Response set = this.api.put("/api/v1/privacy/retention/markets/" + SHORT,
				"{\"solvedTickets\": 10, \"quarantinedMail\": 5}");
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("solvedTickets").asInt()).isEqualTo(10);
		assertThat(set.json().get("mailSources").asInt()).as("the default where the market names none")
			.isEqualTo(this.api.get("/api/v1/privacy/retention").json().get("defaults").get("mailSources").asInt());
		this.api.put("/api/v1/privacy/retention/markets/" + LONG, "{\"solvedTickets\": 20}");
		assertThat(
				this.api.get("/api/v1/privacy/retention").json().get("markets").get(LONG).get("solvedTickets").asInt())
			.isEqualTo(20);

		JsonNode shortRun = run(SHORT);
		JsonNode longRun = run(LONG);

		assertAnonymized(shortDue);
		assertAnonymized(longDue);
		assertKept(shortKept);
		assertKept(shortOpen);
		assertKept(longKept);
		assertKept(longPastShortPeriod);
		assertThat(held(shortHeldDue)).as("held past its market's period").isFalse();
		assertThat(held(shortHeldKept)).isTrue();
		assertThat(held(longHeldKept)).as("the other market keeps it for the default 30 days").isTrue();
		assertThat(shortRun.get("status").asString()).isEqualTo("done");
		assertThat(shortRun.get("removed").get("quarantinedMail." + SHORT).asInt()).isGreaterThanOrEqualTo(1);
		assertThat(shortRun.get("removed").get("solvedTickets." + SHORT).asInt()).isGreaterThanOrEqualTo(1);
		assertThat(longRun.get("removed").get("solvedTickets." + LONG).asInt()).isGreaterThanOrEqualTo(1);

		// The reports stay readable, and the audit log has the run.
		JsonNode runs = this.api.get("/api/v1/privacy/retention/runs?limit=50").json();
		assertThat(runs).anySatisfy(r -> assertThat(r.get("id").asString()).isEqualTo(shortRun.get("id").asString()));
		assertThat(this.api.get("/api/v1/privacy/retention/runs/" + longRun.get("id").asString())
			.json()
			.get("removed")
			.has("solvedTickets." + LONG)).isTrue();
		assertThat(this.api.get("/api/v1/audit?subject=retention-run:" + shortRun.get("id").asString())
			.json()
			.get("items"))
			.anySatisfy(item -> assertThat(item.get("action").asString()).isEqualTo("retention.run-finished"));

		// What was done is not found again.
		JsonNode again = run(SHORT);
		assertThat(again.get("removed").has("solvedTickets." + SHORT)).isFalse();
	}

	@Test
	void takesUpARunThatStoppedHalfWayFromTheMomentItStarted() {
		Instant now = Instant.now();
		Instant stoppedRunStart = now.minus(Duration.ofHours(2));
		String dueThen = solvedAt(LONG, stoppedRunStart.minus(Duration.ofDays(20)).minus(Duration.ofHours(1)));
		String dueOnlyNow = solvedAt(LONG, stoppedRunStart.minus(Duration.ofDays(20)).plus(Duration.ofHours(1)));
		TestClock.reset();
		this.api.put("/api/v1/privacy/retention/markets/" + LONG, "{\"solvedTickets\": 20}");
		// A node died in the middle of a run two hours ago: three items were done.
		UUID stopped = UUID.randomUUID();
		this.jdbc.update("""
				insert into privacy_retention_runs (id, status, as_of, market, started_by, started_at, removed)
				values (?, 'running', ?, ?, 'system', ?, '{"solvedTickets.SI": 3}')""", stopped,
				Timestamp.from(stoppedRunStart), LONG, Timestamp.from(stoppedRunStart));

		JsonNode resumed = run(LONG);

		assertThat(resumed.get("id").asString()).isEqualTo(stopped.toString());
		assertThat(resumed.get("status").asString()).isEqualTo("done");
		assertThat(resumed.get("removed").get("solvedTickets." + LONG).asInt()).as("counted on").isGreaterThan(3);
		assertAnonymized(dueThen);
		assertKept(dueOnlyNow);

		JsonNode next = run(LONG);
		assertThat(next.get("id").asString()).isNotEqualTo(stopped.toString());
		assertAnonymized(dueOnlyNow);
	}

	@Test
	void refusesPeriodsThatMakeNoSense() {
		assertProblem(this.api.put("/api/v1/privacy/retention/markets/" + SHORT, "{\"solvedTickets\": 0}"), 400);
		assertProblem(this.api.put("/api/v1/privacy/retention/markets/" + SHORT, "{\"forever\": 10}"), 400);
		assertProblem(this.api.put("/api/v1/privacy/retention/markets/" + SHORT, "{\"auditLog\": 10}"), 400);
		assertProblem(this.api.put("/api/v1/privacy/retention/markets/Latvia", "{\"solvedTickets\": 10}"), 400);
		assertProblem(this.api.get("/api/v1/privacy/retention/runs/" + UUID.randomUUID()), 404);
		assertThat(this.api.get("/api/v1/privacy/retention").json().get("markets").has(SHORT)).isFalse();
	}

	@Test
	void onlyAdminsSeeRetention() {
		JsonNode agent = this.fixtures.agent("agent");
		Fixtures.Token token = this.fixtures.token("agent", agent.get("id").asString(), "tickets:read");
		Api asAgent = Api.on(this.port).withToken(token.secret());

		assertThat(asAgent.get("/api/v1/privacy/retention/runs").status()).isEqualTo(403);
		assertThat(asAgent.post("/api/v1/privacy/retention/runs?market=" + SHORT, "{}").status()).isEqualTo(403);
	}

	private UUID mailbox(String market) {
		String unique = Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/channels/email/mailboxes", """
				{"name":"Retention %s","address":"retention-%s@shop.example","enabled":false,"market":"%s",
				 "imap":{"host":"imap.example","port":993},"username":"u","secret":"s"}
				""".formatted(unique, unique, market));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private UUID quarantined(UUID mailbox, Instant receivedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into email_quarantine (id, mailbox_id, reason, from_address, subject, raw, received_at)
				values (?, ?, 'loop', 'someone@example.lv', 'held', ?, ?)""", id, mailbox,
				"Subject: held\r\n\r\nhi".getBytes(), Timestamp.from(receivedAt));
		return id;
	}

	private boolean held(UUID quarantined) {
		return this.jdbc.queryForObject("select count(*) from email_quarantine where id = ?", Integer.class,
				quarantined) == 1;
	}

	private String openedAt(String market, Instant at) {
		TestClock.travelTo(at);
		return this.fixtures.aTicket()
			.inMarket(market)
			.about("Retention " + Fixtures.unique())
			.saying("Bitte helfen Sie mir")
			.inLanguage("de")
			.open()
			.get("id")
			.asString();
	}

	private String solvedAt(String market, Instant at) {
		String ticket = openedAt(market, at);
		Api.Response solved = this.api.patch("/api/v1/tickets/" + ticket, Fixtures.json(Map.of("status", "solved")));
		assertThat(solved.status()).as(solved.toString()).isEqualTo(200);
		return ticket;
	}

	private JsonNode run(String market) {
		Api.Response run = this.api.post("/api/v1/privacy/retention/runs?market=" + market, "{}");
		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		return run.json();
	}

	private void assertAnonymized(String ticket) {
		JsonNode found = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(found.get("subject").asString()).as(found.toString()).isEqualTo(DataSubject.ERASED);
		assertThat(found.get("status").asString()).as("its figures stay").isEqualTo("solved");
		assertThat(this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items"))
			.allSatisfy(message -> assertThat(message.get("text").asString()).doesNotContain("helfen"));
	}

	private void assertKept(String ticket) {
		JsonNode found = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(found.get("subject").asString()).as(found.toString()).startsWith("Retention ");
		assertThat(this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items"))
			.anySatisfy(message -> assertThat(message.get("text").asString()).contains("helfen"));
	}

}
