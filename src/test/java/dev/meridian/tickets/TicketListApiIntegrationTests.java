package dev.meridian.tickets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.Fixtures.json;
import static dev.meridian.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing tickets through the real HTTP API on PostgreSQL: filters and cursor pagination.
 * The database holds the tickets of every test class, so each test opens its tickets for
 * a customer of its own and always filters by that customer.
 */
@IntegrationTest
class TicketListApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	String email;

	String customer;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("DE", "de", "EUR", "Europe/Berlin");
		this.fixtures.market("BR", "pt-BR", "BRL", "America/Sao_Paulo");
		this.fixtures.market("PT", "pt-PT", "EUR", "Europe/Lisbon");
		this.email = "list." + unique() + "@example.com";
	}

	@Test
	void filtersByStatusRepeatedOrCommaSeparatedInAnyCase() {
		String fresh = ticket();
		String open = withStatus(ticket(), "open");
		String pending = withStatus(ticket(), "pending");
		String onHold = withStatus(ticket(), "on_hold");
		String solved = withStatus(ticket(), "solved");

		assertThat(ids("status=OPEN&status=pending")).containsExactlyInAnyOrder(open, pending);
		assertThat(ids("status=open,Solved")).containsExactlyInAnyOrder(open, solved);
		assertThat(ids("status=new,%20on-hold")).containsExactlyInAnyOrder(fresh, onHold);
		assertThat(ids("status=closed")).isEmpty();
		assertThat(ids("")).containsExactlyInAnyOrder(fresh, open, pending, onHold, solved);
		assertFieldError(this.api.get("/api/v1/tickets?status=done"), "status");
	}

	@Test
	void filtersByAssigneeMeNoneOrId() {
		String agentId = this.fixtures.agent("agent").get("id").asString();
		String colleagueId = this.fixtures.agent("agent").get("id").asString();
		String mine = remember(this.fixtures.aTicket().from(this.email).assignedTo(agentId).open());
		String theirs = remember(this.fixtures.aTicket().from(this.email).assignedTo(colleagueId).open());
		String nobodys = ticket();
		Api asAgent = this.api.withToken(this.fixtures.token("agent", agentId, "tickets:read").secret());

		assertThat(ids(asAgent, "assignee=me")).containsExactly(mine);
		assertThat(ids(asAgent, "assignee=ME")).containsExactly(mine);
		assertThat(ids("assignee=none")).containsExactly(nobodys);
		assertThat(ids("assignee=" + colleagueId)).containsExactly(theirs);
	}

	@Test
	void assigneeMeNeedsTheTokenOfAnAgent() {
		assertFieldError(this.api.get("/api/v1/tickets?assignee=me"), "assignee");
		assertFieldError(this.api.get("/api/v1/tickets?assignee=someone"), "assignee");
	}

	@Test
	void filtersByMarket() {
		String german = remember(this.fixtures.aTicket().from(this.email).inMarket("DE").open());
		String brazilian = remember(this.fixtures.aTicket().from(this.email).inMarket("BR").open());

		assertThat(ids("market=de")).containsExactly(german);
		assertThat(ids("market=BR")).containsExactly(brazilian);
		assertThat(ids("market=PT")).isEmpty();
		assertFieldError(this.api.get("/api/v1/tickets?market=Germany"), "market");
	}

	@Test
	void filtersByCustomer() {
		String mine = ticket();
		JsonNode other = this.fixtures.aTicket().open();

		assertThat(ids("")).containsExactly(mine);
		assertThat(idsOf(this.api.get("/api/v1/tickets?customer=" + other.get("customer").get("id").asString())))
			.containsExactly(other.get("id").asString());
		assertFieldError(this.api.get("/api/v1/tickets?customer=nobody"), "customer");
	}

	@Test
	void languageWithoutRegionMatchesEveryRegion() {
		String brazil = remember(this.fixtures.aTicket().from(this.email).inMarket("BR").open());
		String portugal = remember(this.fixtures.aTicket().from(this.email).inLanguage("pt-PT").open());
		String plain = remember(this.fixtures.aTicket().from(this.email).inLanguage("pt").open());
		remember(this.fixtures.aTicket().from(this.email).inLanguage("es").open());

		assertThat(ids("language=pt")).containsExactlyInAnyOrder(brazil, portugal, plain);
		assertThat(ids("language=pt-br")).containsExactly(brazil);
		assertThat(ids("language=pt_PT")).containsExactly(portugal);
		assertFieldError(this.api.get("/api/v1/tickets?language=portuguese"), "language");
	}

	@Test
	void filtersByTagInAnyCase() {
		String tag = "vip-" + unique();
		String tagged = remember(this.fixtures.aTicket().from(this.email).tagged(tag, "other").open());
		ticket();

		assertThat(ids("tag=" + tag)).containsExactly(tagged);
		assertThat(ids("tag=" + tag.toUpperCase())).containsExactly(tagged);
		assertThat(ids("tag=no-such-tag")).isEmpty();
	}

	@Test
	void filtersByUpdatedSince() {
		JsonNode older = this.fixtures.aTicket().from(this.email).open();
		JsonNode newer = this.fixtures.aTicket().from(this.email).open();
		remember(newer);
		String since = newer.get("updatedAt").asString();

		assertThat(ids("updatedSince=" + since)).containsExactly(newer.get("id").asString());
		assertThat(ids("updatedSince=" + older.get("updatedAt").asString()))
			.containsExactlyInAnyOrder(older.get("id").asString(), newer.get("id").asString());
		assertThat(ids("updatedSince=" + encode(Instant.parse(since).plusSeconds(3600).toString()))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2026-13-01T00:00:00Z", "2026-05-01", "%2B300000-01-01T00:00:00Z",
			"-200000-01-01T00:00:00Z" })
	void refusesUpdatedSinceThatIsNoStorableInstantWithFieldError(String since) {
		assertFieldError(this.api.get("/api/v1/tickets?updatedSince=" + since), "updatedSince");
	}

	@Test
	void pagesThroughEveryTicketOnceMostRecentlyChangedFirst() {
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			opened.add(ticket());
		}
		String changed = opened.get(2);
		this.api.patch("/api/v1/tickets/" + changed, json(Map.of("priority", "high")));

		List<JsonNode> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Api.Response page = this.api
				.get("/api/v1/tickets?limit=2&customer=" + this.customer + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.json().get("items").size()).isBetween(1, 2);
			page.json().get("items").forEach(seen::add);
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 20);

		List<String> ids = seen.stream().map(ticket -> ticket.get("id").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
		assertThat(ids.get(0)).isEqualTo(changed);
		assertThat(seen.stream().map(ticket -> Instant.parse(ticket.get("updatedAt").asString())).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(pages).isEqualTo(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "201", "99999999999", "many" })
	void refusesLimitOutOfRangeWithFieldError(String limit) {
		assertFieldError(this.api.get("/api/v1/tickets?limit=" + limit), "limit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage!!", "YWJj", "MjAyNi0wMS0wMVQwMDowMDowMFp8bm90LWEtdXVpZA", "%F0%9F%98%80", "fA" })
	void refusesCursorItDidNotHandOutWithFieldError(String cursor) {
		assertFieldError(this.api.get("/api/v1/tickets?cursor=" + cursor), "cursor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z" })
	void refusesCursorFromOutsideTheCalendarWithFieldError(String at) {
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((at + "|00000000-0000-0000-0000-000000000000").getBytes(StandardCharsets.UTF_8));

		assertFieldError(this.api.get("/api/v1/tickets?cursor=" + cursor), "cursor");
		assertFieldError(this.api.get("/api/v1/customers?cursor=" + cursor), "cursor");
	}

	private String ticket() {
		return remember(this.fixtures.aTicket().from(this.email).open());
	}

	/** Keeps the id of this test's customer, who all its tickets come from. */
	private String remember(JsonNode ticket) {
		this.customer = ticket.get("customer").get("id").asString();
		return ticket.get("id").asString();
	}

	private String withStatus(String ticket, String status) {
		Api.Response changed = this.api.patch("/api/v1/tickets/" + ticket, json(Map.of("status", status)));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		return ticket;
	}

	private List<String> ids(String query) {
		return ids(this.api, query);
	}

	private List<String> ids(Api caller, String query) {
		assertThat(this.customer).as("the test opened tickets").isNotNull();
		return idsOf(caller
			.get("/api/v1/tickets?limit=200&customer=" + this.customer + (query.isEmpty() ? "" : "&" + query)));
	}

	private static List<String> idsOf(Api.Response list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().get("nextCursor").isNull()).isTrue();
		return list.json().get("items").valueStream().map(ticket -> ticket.get("id").asString()).toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
