package dev.meridian.analytics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.customers.CustomerId;
import dev.meridian.feedback.SurveyAnswered;
import dev.meridian.feedback.SurveyKind;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import dev.meridian.tickets.Channel;
import dev.meridian.tickets.MessageId;
import dev.meridian.tickets.ReplySent;
import dev.meridian.tickets.TicketCreated;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketSolved;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report figures against a fixture computed by hand: tickets in the Netherlands
 * (Amsterdam, whose clocks went forward on 29 March 2026, and closed on Easter Monday, 6
 * April) and South Korea (Seoul), each market on a stored Monday–Friday 09:00–17:00
 * calendar. The tickets' events are published as the tickets module publishes them, at
 * the fixture's instants; the figures are read through the API.
 *
 * <pre>
 * ticket  created (local)        first reply (local)    solved (local)       first reply     resolution
 *                                                                            cal.  business  cal.  business
 * NL-1    Fri 27 Mar 16:00 CET   Mon 30 Mar 10:00 CEST  Mon 30 Mar 11:40     3900  120       4000  220
 *         (65 h, not 66: the clocks went forward on Sunday)
 * NL-2    Sat 4 Apr 10:00 CEST   Tue 7 Apr 09:40        Tue 7 Apr 11:20      4300  40        4400  140
 *         (Easter Monday closed: 40 business minutes, not 520)
 * KR-1    Wed 1 Apr 10:00 KST    Wed 1 Apr 10:45        Wed 1 Apr 15:00      45    45        300   300
 * KR-2    Wed 1 Apr 16:30 KST    Thu 2 Apr 10:50        (open)               1100  140       -     -
 * KR-3    Thu 2 Apr 11:00 KST    Thu 2 Apr 11:20        Thu 2 Apr 11:50      20    20        50    50
 * </pre> Medians are nearest-rank (the lower one of an even count): NL first reply 3900
 * (business 40), resolution 4000 (business 140); KR first reply 45 (business 45), p90
 * 1100 (140), resolution 50 (business 50).
 */
@IntegrationTest
class ReportFiguresIntegrationTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void markets() {
		this.api = Api.on(this.port);
		market("NL", "Netherlands", "nl", "EUR", AMSTERDAM);
		market("KR", "South Korea", "ko", "KRW", SEOUL);
	}

	@Test
	void figuresMatchTheHandComputedFixtureInCalendarAndBusinessTime() {
		ticket("nl", "NL", at(2026, 3, 27, 16, 0, AMSTERDAM), at(2026, 3, 30, 10, 0, AMSTERDAM),
				at(2026, 3, 30, 11, 40, AMSTERDAM));
		ticket("nl", "NL", at(2026, 4, 4, 10, 0, AMSTERDAM), at(2026, 4, 7, 9, 40, AMSTERDAM),
				at(2026, 4, 7, 11, 20, AMSTERDAM));
		ticket("ko", "KR", at(2026, 4, 1, 10, 0, SEOUL), at(2026, 4, 1, 10, 45, SEOUL), at(2026, 4, 1, 15, 0, SEOUL));
		ticket("ko", "KR", at(2026, 4, 1, 16, 30, SEOUL), at(2026, 4, 2, 10, 50, SEOUL), null);
		ticket("ko", "KR", at(2026, 4, 2, 11, 0, SEOUL), at(2026, 4, 2, 11, 20, SEOUL), at(2026, 4, 2, 11, 50, SEOUL));
		survey(SurveyKind.CSAT, 5, true, "NL", "nl", at(2026, 4, 8, 12, 0, AMSTERDAM));
		survey(SurveyKind.CSAT, 2, false, "NL", "nl", at(2026, 4, 8, 13, 0, AMSTERDAM));
		survey(SurveyKind.CSAT, 4, true, "KR", "ko", at(2026, 4, 3, 9, 0, SEOUL));
		for (int score : new int[] { 10, 9, 3, 7 }) {
			survey(SurveyKind.NPS, score, score >= 9, "KR", "ko", at(2026, 4, 9, 12, 0, SEOUL));
		}

		JsonNode rows = Eventually.satisfies("the fixture rolled up",
				() -> summary("from=2026-03-23&to=2026-04-12&groupBy=market&zone=Europe/Amsterdam&channel=phone"),
				r -> r.size() == 2 && row(r, "KR").get("solved").asInt() == 2 && row(r, "NL").get("solved").asInt() == 2
						&& row(r, "NL").get("csat").get("responses").asInt() == 2);

		JsonNode nl = row(rows, "NL");
		assertThat(nl.get("tickets").asInt()).isEqualTo(2);
		assertThat(nl.get("backlog").asInt()).isZero();
		assertThat(nl.get("firstReplyMedianMinutes").asLong()).isEqualTo(3900);
		assertThat(nl.get("firstReply").get("businessMedianMinutes").asLong()).isEqualTo(40);
		assertThat(nl.get("firstReply").get("p90Minutes").asLong()).isEqualTo(4300);
		assertThat(nl.get("firstReply").get("businessP90Minutes").asLong()).isEqualTo(120);
		assertThat(nl.get("resolutionMedianMinutes").asLong()).isEqualTo(4000);
		assertThat(nl.get("resolution").get("businessMedianMinutes").asLong()).isEqualTo(140);
		assertThat(nl.get("oneTouch").asInt()).isEqualTo(2);
		assertThat(nl.get("csat").get("satisfiedShare").asDouble()).isEqualTo(0.5);
		assertThat(nl.get("nps").get("responses").asInt()).isZero();
		assertThat(nl.get("slaAttainment").isNull()).isTrue();

		JsonNode kr = row(rows, "KR");
		assertThat(kr.get("tickets").asInt()).isEqualTo(3);
		assertThat(kr.get("backlog").asInt()).isEqualTo(1);
		assertThat(kr.get("firstReplyMedianMinutes").asLong()).isEqualTo(45);
		assertThat(kr.get("firstReply").get("p90Minutes").asLong()).isEqualTo(1100);
		assertThat(kr.get("firstReply").get("businessP90Minutes").asLong()).isEqualTo(140);
		assertThat(kr.get("resolutionMedianMinutes").asLong()).isEqualTo(50);
		assertThat(kr.get("resolution").get("businessMedianMinutes").asLong()).isEqualTo(50);
		assertThat(kr.get("csat").get("responses").asInt()).isEqualTo(1);
		assertThat(kr.get("csat").get("satisfiedShare").asDouble()).isEqualTo(1.0);
		// NPS answers have no channel: they show without the channel filter
		assertThat(kr.get("nps").get("responses").asInt()).isZero();
		JsonNode krAll = Eventually.satisfies("the NPS answers rolled up",
				() -> row(summary("from=2026-03-23&to=2026-04-12&groupBy=market&zone=Europe/Amsterdam&market=KR"),
						"KR"),
				r -> r.get("nps").get("responses").asInt() == 4);
		assertThat(krAll.get("nps").get("score").asDouble()).isEqualTo(25.0);
		assertThat(krAll.get("tickets").asInt()).isEqualTo(3);

		// A day is the viewer's day: NL-1 arrived at 16:00 on Friday in Amsterdam, which
		// was already Saturday 00:00 in Seoul.
		assertThat(
				row(summary("from=2026-03-27&to=2026-03-27&groupBy=market&zone=Europe/Amsterdam&channel=phone"), "NL")
					.get("tickets")
					.asInt())
			.isEqualTo(1);
		assertThat(summary("from=2026-03-27&to=2026-03-27&groupBy=market&zone=Asia/Seoul&market=NL&channel=phone"))
			.isEmpty();
		assertThat(row(summary("from=2026-03-28&to=2026-03-28&groupBy=market&zone=Asia/Seoul&channel=phone"), "NL")
			.get("tickets")
			.asInt()).isEqualTo(1);

		// The same by language, through the market × language rows (no channel filter):
		// other tests' tickets are in other months and markets.
		JsonNode byLanguage = summary("from=2026-03-23&to=2026-04-12&groupBy=language&zone=Europe/Amsterdam&market=KR");
		assertThat(row(byLanguage, "ko").get("tickets").asInt()).isEqualTo(3);
		assertThat(row(byLanguage, "ko").get("firstReplyMedianMinutes").asLong()).isEqualTo(45);

		Api.Response csv = this.api
			.get("/api/v1/reports/summary.csv?from=2026-03-23&to=2026-04-12&groupBy=market&zone=Europe/Amsterdam"
					+ "&channel=phone");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).startsWith("market,tickets,solved,backlog,firstReplyMedianMinutes")
			.contains("\r\nKR,3,2,1,45,1100,45,140,50,");
	}

	@Test
	void aRangeOverTheLimitIsRefusedNamingTheLimit() {
		Api.Response response = this.api.get("/api/v1/reports/summary?from=2025-01-01&to=2026-03-01&groupBy=market");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("at most 366 days");
		assertThat(this.api.get("/api/v1/reports/summary?from=2026-01-01&to=2026-01-02&groupBy=colour").status())
			.isEqualTo(400);
	}

	private JsonNode summary(String parameters) {
		Api.Response response = this.api.get("/api/v1/reports/summary?" + parameters);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("rows");
	}

	private static JsonNode row(JsonNode rows, String key) {
		for (JsonNode row : rows) {
			if (row.get("key").asString().equals(key)) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + rows);
	}

	private void ticket(String language, String market, Instant created, Instant replied, @Nullable Instant solved) {
		TicketId ticket = new TicketId(UUID.randomUUID());
		publish(new TicketCreated(ticket, 0, new CustomerId(UUID.randomUUID()), Channel.PHONE, language, market,
				created));
		Eventually.holds("ticket rolled up",
				() -> this.jdbc.queryForObject("select count(*) from analytics_tickets where ticket_id = ?", Long.class,
						ticket.value()) == 1);
		publish(new ReplySent(ticket, new MessageId(UUID.randomUUID()), new AgentId(UUID.randomUUID()), replied,
				false));
		Eventually.holds("reply rolled up",
				() -> this.jdbc.queryForObject("select replies from analytics_tickets where ticket_id = ?",
						Integer.class, ticket.value()) == 1);
		if (solved != null) {
			publish(new TicketSolved(ticket, solved));
		}
	}

	private void survey(SurveyKind kind, int score, boolean satisfied, String market, String language, Instant at) {
		publish(new SurveyAnswered(UUID.randomUUID(), kind, new CustomerId(UUID.randomUUID()), null, score, satisfied,
				market, language, kind == SurveyKind.CSAT ? "phone" : null, null, null, false, at));
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	private void market(String code, String name, String language, String currency, ZoneId zone) {
		this.api.post("/api/v1/markets", json(Map.of("code", code, "name", name, "languages", List.of(language),
				"currency", currency, "timeZone", zone.getId())));
		List<Map<String, String>> weekdays = List.of("monday", "tuesday", "wednesday", "thursday", "friday")
			.stream()
			.map(day -> Map.of("day", day, "start", "09:00", "end", "17:00"))
			.toList();
		// South Korea has no holiday data here, and none falls in the fixture's days
		Map<String, Object> body = code.equals("NL")
				? Map.of("zone", zone.getId(), "weekly", weekdays, "holidays", Map.of("country", code))
				: Map.of("zone", zone.getId(), "weekly", weekdays);
		Api.Response calendar = this.api.put("/api/v1/calendars/markets/" + code, json(body));
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
	}

	private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
	}

}
