package dev.meridian.commerce.rates;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ECB client's limits against a local server: it gives up on a slow server and on a
 * document over the size limit before anything is stored (nothing here reaches the
 * database, so none is given).
 */
class EcbRateImportTests {

	HttpServer server;

	@BeforeEach
	void setUp() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/big", exchange -> {
			byte[] chunk = "<!-- padding -->".repeat(64).getBytes();
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write(chunk);
				}
			}
		});
		this.server.createContext("/declared", exchange -> {
			// The body as declared: a server that closes without it races the client,
			// which then fails on the short body before it reads the declared length.
			exchange.sendResponseHeaders(200, 50_000);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(new byte[50_000]);
			}
			catch (IOException ex) {
				// the client hung up after the headers, as it should
			}
		});
		this.server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(3_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void tearDown() {
		this.server.stop(0);
	}

	EcbRateImport client(DataSize maxSize, Duration timeout) {
		RateSettings settings = new RateSettings("", "", "-", "UTC", Duration.ofSeconds(2), timeout, maxSize);
		return new EcbRateImport(null, settings, null, null);
	}

	@Test
	void stopsReadingADocumentOverTheSizeLimit() {
		assertThatExceptionOfType(RateImportException.class)
			.isThrownBy(() -> client(DataSize.ofKilobytes(10), Duration.ofSeconds(5)).importUrl(url("/big")))
			.withMessageContaining("larger than the limit of 10240 bytes");
	}

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutReadingIt() {
		assertThatExceptionOfType(RateImportException.class)
			.isThrownBy(() -> client(DataSize.ofKilobytes(10), Duration.ofSeconds(5)).importUrl(url("/declared")))
			.withMessageContaining("declares 50000 bytes");
	}

	@Test
	void givesUpOnASlowServer() {
		assertThatExceptionOfType(RateImportException.class)
			.isThrownBy(() -> client(DataSize.ofMegabytes(1), Duration.ofMillis(300)).importUrl(url("/slow")))
			.withMessageContaining("Could not fetch");
	}

	@Test
	void onlyFetchesHttp() {
		assertThatExceptionOfType(RateImportException.class)
			.isThrownBy(() -> client(DataSize.ofMegabytes(1), Duration.ofSeconds(1))
				.importUrl(URI.create("file:///etc/hosts")));
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

}
