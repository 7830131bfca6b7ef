package dev.meridian.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import javax.sql.DataSource;

import dev.meridian.sla.internal.SlaAlarms;
import dev.meridian.support.Api;
import dev.meridian.support.EventProbe;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.tickets.TicketId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clocks in their own table ({@code sla_clocks}): the SLA module never writes the
 * ticket's row, its check claims clock rows without waiting for tickets or for other
 * claimers, and the inbox pages through tickets by due time. Policies here cover only
 * this class's market (Cyprus), counted around the clock in UTC (no stored calendar).
 */
@IntegrationTest
class SlaClockIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SlaAlarms alarms;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("CY", "el", "EUR", "Asia/Nicosia");
		if (this.api.get("/api/v1/sla-policies").json().toString().contains("Cyprus clocks")) {
			return;
		}
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("name", "Cyprus clocks");
		policy.put("markets", List.of("CY"));
		policy.put("firstReplyMinutes", 60);
		policy.put("resolutionMinutes", 600);
		policy.put("warningLeadMinutes", 10);
		Api.Response created = this.api.post("/api/v1/sla-policies", json(policy));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void theClocksAndThePromiseLeaveTheTicketsRowAsItWasCreated() {
		// A language nobody reads: routing does not assign it, so nothing changes the
		// ticket after it was opened.
		JsonNode ticket = this.fixtures.aTicket().inMarket("CY").inLanguage("kl").open();
		String id = ticket.get("id").asString();

		JsonNode clocks = Eventually.satisfies("the clocks and the promise of " + id,
				() -> this.api.get("/api/v1/tickets/" + id).json(),
				t -> !t.get("sla").get("firstReplyDueAt").isNull() && !t.get("promisedReplyAt").isNull());

		// Nobody on shift reads Greenlandic: the promise is the first-reply due time.
		assertThat(clocks.get("promisedReplyAt").asString())
			.isEqualTo(clocks.get("sla").get("firstReplyDueAt").asString());
		// The row was written once, in the transaction that also stored the first
		// message: no later transaction touched it.
		Map<String, Object> rows = this.jdbc.sql("""
				select t.version, t.updated_at, t.xmin::text = m.xmin::text as untouched
				from tickets t join messages m on m.ticket_id = t.id where t.id = ?""")
			.param(UUID.fromString(id))
			.query()
			.singleRow();
		assertThat(rows.get("untouched")).as("written only by the transaction that opened it").isEqualTo(true);
		assertThat(((Number) rows.get("version")).longValue()).isZero();
		assertThat(clocks.get("updatedAt").asString()).isEqualTo(ticket.get("updatedAt").asString());
	}

	@Test
	void aBreachIsMarkedWhileAnAgentHoldsTheTicket() throws Exception {
		String id = openTimedTicket();
		Instant late = dueAt(id).plus(Duration.ofMinutes(1));

		try (Connection agent = this.dataSource.getConnection()) {
			agent.setAutoCommit(false);
			lock(agent, "select 1 from tickets where id = ? for update", id);

			this.alarms.checkAt(late);

			assertThat(sla(id).get("breached").valueStream().map(JsonNode::asString)).containsExactly("first_reply");
			agent.rollback();
		}
	}

	@Test
	void aCheckSkipsAClockAListenerHoldsAndMarksItNextTime() throws Exception {
		String id = openTimedTicket();
		Instant late = dueAt(id).plus(Duration.ofMinutes(1));

		try (Connection listener = this.dataSource.getConnection()) {
			listener.setAutoCommit(false);
			lock(listener, "select 1 from sla_clocks where ticket_id = ? for update", id);

			this.alarms.checkAt(late);

			assertThat(sla(id).get("breached").size()).as("skipped, not waited for").isZero();
			listener.rollback();
		}
		this.alarms.checkAt(late);
		assertThat(sla(id).get("breached").valueStream().map(JsonNode::asString)).containsExactly("first_reply");
	}

	@Test
	void twoChecksAtOnceMarkABreachOnce() throws Exception {
		String id = openTimedTicket();
		Instant late = dueAt(id).plus(Duration.ofMinutes(1));

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> checks = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			checks.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.alarms.checkAt(late);
			}));
		}
		start.countDown();
		for (CompletableFuture<Integer> check : checks) {
			check.get();
		}
		this.alarms.checkAt(late);

		TicketId ticket = new TicketId(UUID.fromString(id));
		Eventually.holds("the breach published", () -> EventProbe.breaches(ticket, SlaTarget.FIRST_REPLY) > 0);
		assertThat(EventProbe.breaches(ticket, SlaTarget.FIRST_REPLY)).isEqualTo(1);
		assertThat(sla(id).get("breached").valueStream().map(JsonNode::asString)).containsExactly("first_reply");
	}

	@Test
	void pagesByDueTimeAcrossPagesWithTicketsWithoutClocksLast() {
		String tag = "due-" + Fixtures.unique();
		List<String> timed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			timed.add(this.fixtures.aTicket().inMarket("CY").tagged(tag).open().get("id").asString());
		}
		List<String> untimed = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			untimed.add(this.fixtures.aTicket().tagged(tag).open().get("id").asString());
		}
		for (String id : timed) {
			awaitSla(id, s -> !s.get("firstReplyDueAt").isNull());
		}
		for (String id : untimed) {
			Eventually.holds("the clock row of " + id,
					() -> this.jdbc.sql("select count(*) from sla_clocks where ticket_id = ?")
						.param(UUID.fromString(id))
						.query(Long.class)
						.single() == 1);
		}
		// As if its clocks were not set up yet: still listed, with those without a due
		// time.
		this.jdbc.sql("delete from sla_clocks where ticket_id = ?").param(UUID.fromString(untimed.get(1))).update();

		List<String> seen = new ArrayList<>();
		List<Instant> dues = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = this.api
				.get("/api/v1/tickets?sort=due&limit=2&tag=" + tag + (cursor == null ? "" : "&cursor=" + cursor))
				.json();
			page.get("items").valueStream().forEach(item -> {
				seen.add(item.get("id").asString());
				JsonNode due = item.get("sla").get("firstReplyDueAt");
				if (!due.isNull()) {
					dues.add(Instant.parse(due.asString()));
				}
			});
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
		}
		while (cursor != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(5);
		assertThat(seen.subList(0, 3)).containsExactlyInAnyOrderElementsOf(timed);
		assertThat(dues).hasSize(3).isSorted();
		assertThat(seen.subList(3, 5)).containsExactlyElementsOf(untimed.stream().sorted().toList());
	}

	private String openTimedTicket() {
		String id = this.fixtures.aTicket().inMarket("CY").open().get("id").asString();
		awaitSla(id, s -> !s.get("firstReplyDueAt").isNull());
		return id;
	}

	private Instant dueAt(String id) {
		return Instant.parse(sla(id).get("firstReplyDueAt").asString());
	}

	private static void lock(Connection connection, String sql, String id) throws java.sql.SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, UUID.fromString(id));
			statement.executeQuery().close();
		}
	}

	private JsonNode sla(String ticketId) {
		Api.Response response = this.api.get("/api/v1/tickets/" + ticketId);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("sla");
	}

	private JsonNode awaitSla(String ticketId, Predicate<JsonNode> condition) {
		return Eventually.satisfies("the SLA clocks of " + ticketId, () -> sla(ticketId), condition);
	}

}
