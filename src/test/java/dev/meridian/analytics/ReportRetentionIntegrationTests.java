package dev.meridian.analytics;

import java.time.Instant;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention in the summary: of the customers with a ticket in the week before the range,
 * the share who came back in the range. Paraguay is this test's own market, and the weeks
 * are in March 2025, so nobody else's tickets count.
 */
@IntegrationTest
class ReportRetentionIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("PY", "es", "PYG", "America/Asuncion");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void retentionIsTheShareOfThePreviousPeriodsCustomersWhoCameBackInTheRange() {
		String ana = "ana." + Fixtures.unique() + "@example.com";
		// The week before (Monday 3 to Sunday 9 March in Asunción): three customers.
		TestClock.travelTo(Instant.parse("2025-03-05T15:00:00Z"));
		ticketFrom(ana);
		ticketFrom("bruno." + Fixtures.unique() + "@example.com");
		// Sunday 23:30 in Asunción (UTC−3) is Monday in UTC: still the week before.
		TestClock.travelTo(Instant.parse("2025-03-10T02:30:00Z"));
		ticketFrom("carla." + Fixtures.unique() + "@example.com");
		// The range (10 to 16 March): Ana comes back, Dora is new.
		TestClock.travelTo(Instant.parse("2025-03-12T15:00:00Z"));
		ticketFrom(ana);
		ticketFrom("dora." + Fixtures.unique() + "@example.com");
		TestClock.reset();

		String range = "from=2025-03-10&to=2025-03-16&zone=America/Asuncion";
		JsonNode py = Eventually.satisfies("the tickets rolled up",
				() -> find(rows(range + "&groupBy=market&market=PY&retention=true"), "PY"),
				// Ana's return is linked to her earlier ticket in the background
				r -> r != null && r.get("tickets").asInt() == 2 && r.get("retention").get("customers").asInt() == 3
						&& r.get("retention").get("returned").asInt() == 1);
		assertThat(py.get("retention").get("returned").asInt()).isEqualTo(1);
		assertThat(py.get("retention").get("share").asDouble()).isCloseTo(1.0 / 3,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(find(rows(range + "&groupBy=language&market=PY&retention=true"), "es").get("retention")
			.get("returned")
			.asInt()).isEqualTo(1);
		// Not asked for: none.
		assertThat(find(rows(range + "&groupBy=market&market=PY"), "PY").get("retention").isNull()).isTrue();
		// Sliced by something customers are not counted by: no retention figure.
		JsonNode byChannel = find(rows(range + "&groupBy=channel&market=PY&retention=true"), "api");
		assertThat(byChannel.get("retention").isNull()).as(byChannel.toString()).isTrue();

		// The CSV has the figure with the two periods it compares, and empty cells where
		// there is none.
		Api.Response csv = this.api.get("/api/v1/reports/summary.csv?" + range + "&groupBy=market&market=PY");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains("\r\nPY,2,").contains(",2025-03-03,2025-03-09,3,1,0.3333\r\n");
		Api.Response channels = this.api.get("/api/v1/reports/summary.csv?" + range + "&groupBy=channel&market=PY");
		assertThat(channels.text()).contains("\r\napi,2,").contains(",,,,,\r\n").doesNotContain("2025-03-03");
	}

	@Test
	void aCustomerActiveInTwoMarketsInOneHourCountsOnce() {
		this.fixtures.market("GT", "es", "GTQ", "America/Guatemala");
		this.fixtures.market("HN", "es", "HNL", "America/Tegucigalpa");
		String eva = "eva." + Fixtures.unique() + "@example.com";
		// The week before the range, one hour: a ticket in each market.
		TestClock.travelTo(Instant.parse("2025-06-04T15:10:00Z"));
		this.fixtures.aTicket().from(eva).inMarket("GT").inLanguage("es").open();
		this.fixtures.aTicket().from(eva).inMarket("HN").inLanguage("es").open();
		// In the range, other customers: each market has a row.
		TestClock.travelTo(Instant.parse("2025-06-11T15:10:00Z"));
		this.fixtures.aTicket()
			.from("fay." + Fixtures.unique() + "@example.com")
			.inMarket("GT")
			.inLanguage("es")
			.open();
		this.fixtures.aTicket()
			.from("gus." + Fixtures.unique() + "@example.com")
			.inMarket("HN")
			.inLanguage("es")
			.open();
		TestClock.reset();

		String range = "from=2025-06-09&to=2025-06-15&zone=UTC&groupBy=market&retention=true";
		// Once linked, Eva has one last row before the range: one customer in all, under
		// one of the two markets (each row counted apart, she would be two).
		Eventually.satisfies("the rows linked", () -> rows(range), rows -> {
			JsonNode gt = find(rows, "GT");
			JsonNode hn = find(rows, "HN");
			return customers(gt) + customers(hn) == 1;
		});
	}

	private static int customers(JsonNode row) {
		return row == null || row.get("retention").isNull() ? 0 : row.get("retention").get("customers").asInt();
	}

	private void ticketFrom(String email) {
		this.fixtures.aTicket().from(email).inMarket("PY").inLanguage("es").open();
	}

	private JsonNode rows(String parameters) {
		Api.Response response = this.api.get("/api/v1/reports/summary?" + parameters);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("rows");
	}

	private static JsonNode find(JsonNode rows, String key) {
		for (JsonNode row : rows) {
			if (row.get("key").asString().equals(key)) {
				return row;
			}
		}
		return null;
	}

}
