package dev.meridian.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;
import dev.meridian.commerce.rates.EcbRateImport;
import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exchange rates through the real HTTP API on PostgreSQL: entered by hand, imported from
 * a local server speaking the ECB's documented XML, and used for dated conversions.
 */
@IntegrationTest
class ExchangeRateApiIntegrationTests {

	/** The advisory lock key of the scheduled import ("MERIDIAN-ECB-RATES"). */
	static final long ECB_IMPORT_LOCK = 0x4D45524543425254L;

	@LocalServerPort
	int port;

	@Autowired
	EcbRateImport ecbImport;

	@Autowired
	DataSource dataSource;

	Api api;

	HttpServer ecb;

	final AtomicInteger ecbRequests = new AtomicInteger();

	@BeforeEach
	void setUp() throws IOException {
		this.api = Api.on(this.port);
		this.ecb = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		serve("/stats/eurofxref/eurofxref-daily.xml", "/commerce/eurofxref-daily.xml", 200);
		serve("/stats/eurofxref/eurofxref-hist.xml", "/commerce/eurofxref-hist.xml", 200);
		serve("/down", "/commerce/eurofxref-daily.xml", 503);
		this.ecb.start();
	}

	@AfterEach
	void tearDown() {
		this.ecb.stop(0);
	}

	@Test
	void convertsWithARateEnteredByHandAndNamesTheRateAndItsDay() {
		Api.Response entered = this.api.post("/api/v1/commerce/exchange-rates", """
				{"base": "EUR", "date": "2031-03-14", "rates": {"USD": "1.0812", "JPY": "161.25"}}
				""");
		assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
		assertThat(entered.json().get("rates").get("USD").asString()).isEqualTo("1.0812");

		// Sunday: Friday's rate
		JsonNode converted = this.api
			.get("/api/v1/commerce/exchange-rates/convert?amount=100.00&from=EUR&to=USD&date=2031-03-16")
			.json();
		assertThat(converted.get("amount").asString()).isEqualTo("108.12");
		assertThat(converted.get("currency").asString()).isEqualTo("USD");
		assertThat(converted.get("rate").asString()).isEqualTo("1.0812");
		assertThat(converted.get("rateDate").asString()).isEqualTo("2031-03-14");
		assertThat(converted.get("source").asString()).isEqualTo("manual");

		// USD -> JPY crosses through EUR
		JsonNode crossed = this.api
			.get("/api/v1/commerce/exchange-rates/convert?amount=10.00&from=USD&to=JPY&date=2031-03-14")
			.json();
		assertThat(crossed.get("amount").asString()).isEqualTo("1491");
	}

	@Test
	void refusesUnknownCurrenciesAndTooManyDecimalsNamingTheField() {
		assertFieldError(this.api.get("/api/v1/commerce/exchange-rates/convert?amount=1&from=EUR&to=XYZ"), "to");
		assertFieldError(this.api.get("/api/v1/commerce/exchange-rates/convert?amount=1&from=EURO&to=USD"), "from");
		assertFieldError(this.api.get("/api/v1/commerce/exchange-rates/convert?amount=1.005&from=EUR&to=USD"),
				"amount");
		assertFieldError(this.api.get("/api/v1/commerce/exchange-rates/convert?amount=1&from=EUR&to=USD&date=31.12."),
				"date");
		assertFieldError(this.api.post("/api/v1/commerce/exchange-rates", """
				{"base": "EUR", "date": "2031-03-14", "rates": {"USD": "-1"}}
				"""), "rates.USD");
		assertFieldError(this.api.post("/api/v1/commerce/exchange-rates", """
				{"base": "EUR", "date": "2031-03-14", "rates": {"DOLLAR": "1.1"}}
				"""), "rates.DOLLAR");
		assertFieldError(this.api.post("/api/v1/commerce/exchange-rates", """
				{"base": "XXXX", "date": "2031-03-14", "rates": {"USD": "1.1"}}
				"""), "base");
	}

	@Test
	void saysWhenNoRateExists() {
		JsonNode problem = assertProblem(
				this.api.get("/api/v1/commerce/exchange-rates/convert?amount=1&from=ISK&to=NZD&date=1990-01-01"), 404);

		assertThat(problem.get("detail").asString())
			.contains("No exchange rate from ISK to NZD on or before 1990-01-01");
	}

	@Test
	void importsTheDailyEcbFileFromAServerAndUsesItsRates() {
		Api.Response imported = this.api.post("/api/v1/commerce/exchange-rates/import",
				"{\"url\": \"" + ecbUrl("/stats/eurofxref/eurofxref-daily.xml") + "\"}");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("days").asInt()).isEqualTo(1);
		assertThat(imported.json().get("rates").asInt()).isEqualTo(8);
		JsonNode converted = this.api
			.get("/api/v1/commerce/exchange-rates/convert?amount=100.00&from=EUR&to=CAD&date=2025-08-30")
			.json();
		assertThat(converted.get("amount").asString()).isEqualTo("160.44");
		assertThat(converted.get("rateDate").asString()).isEqualTo("2025-08-29");
		assertThat(converted.get("source").asString()).isEqualTo("ECB");

		JsonNode day = this.api.get("/api/v1/commerce/exchange-rates?base=EUR&date=2025-08-29").json();
		assertThat(day.get("rates").get("JPY").asString()).isEqualTo("171.44");
	}

	@Test
	void importsTheHistoricalFileAndTheSameFileTwiceChangesNothing() {
		String body = "{\"url\": \"" + ecbUrl("/stats/eurofxref/eurofxref-hist.xml") + "\"}";
		assertThat(this.api.post("/api/v1/commerce/exchange-rates/import", body).json().get("days").asInt())
			.isEqualTo(3);
		assertThat(this.api.post("/api/v1/commerce/exchange-rates/import", body).status()).isEqualTo(200);

		JsonNode converted = this.api
			.get("/api/v1/commerce/exchange-rates/convert?amount=100.00&from=EUR&to=USD&date=1999-01-05")
			.json();
		assertThat(converted.get("amount").asString()).isEqualTo("117.89");
		assertThat(converted.get("rateDate").asString()).isEqualTo("1999-01-04");
	}

	@Test
	void aFailingSourceIsAProblemAndStoresNothing() {
		JsonNode problem = assertProblem(
				this.api.post("/api/v1/commerce/exchange-rates/import", "{\"url\": \"" + ecbUrl("/down") + "\"}"), 409);

		assertThat(problem.get("detail").asString()).contains("HTTP 503");
		assertFieldError(this.api.post("/api/v1/commerce/exchange-rates/import", "{\"url\": \"file:///etc/passwd\"}"),
				"url");
	}

	@Test
	void theScheduledImportRunsOnOneNodeAtATime() throws Exception {
		URI url = URI.create(ecbUrl("/stats/eurofxref/eurofxref-daily.xml"));
		try (Connection otherNode = this.dataSource.getConnection();
				PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?)");
				PreparedStatement unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
			lock.setLong(1, ECB_IMPORT_LOCK);
			lock.execute();

			assertThat(this.ecbImport.importOncePerCluster(url)).isNull();
			assertThat(this.ecbRequests).hasValue(0);

			unlock.setLong(1, ECB_IMPORT_LOCK);
			unlock.execute();
		}
		assertThat(this.ecbImport.importOncePerCluster(url).rates()).isEqualTo(8);
		assertThat(this.ecbRequests).hasValue(1);
	}

	private void serve(String path, String resource, int status) {
		this.ecb.createContext(path, exchange -> {
			this.ecbRequests.incrementAndGet();
			byte[] body;
			try (InputStream in = getClass().getResourceAsStream(resource)) {
				body = in.readAllBytes();
			}
			exchange.getResponseHeaders().add("Content-Type", "text/xml");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	private String ecbUrl(String path) {
		return "http://127.0.0.1:" + this.ecb.getAddress().getPort() + path;
	}

}
