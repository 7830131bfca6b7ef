package dev.meridian.commerce.rates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ECB reference rates from a URL (a real HTTP client with timeouts and a size
 * limit) or a file. The scheduled import runs once per cluster: the node holding the
 * PostgreSQL advisory lock fetches and stores inside that transaction; the others skip.
 * Importing the same document again changes nothing.
 */
@Component
public class EcbRateImport {

	private static final Logger log = LoggerFactory.getLogger(EcbRateImport.class);

	/** Advisory lock key: "MERIDIAN-ECB-RATES" folded into a long. */
	static final long LOCK = 0x4D45524543425254L;

	private final DatedRates rates;

	private final RateSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HttpClient http;

	EcbRateImport(DatedRates rates, RateSettings settings, JdbcClient jdbc, TransactionTemplate transactions) {
		this.rates = rates;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = transactions;
		// Built here but idle until a URL is imported: nothing calls out at start-up.
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** What one import stored. */
	public record Result(int days, int rates, String from) {

	}

	@Scheduled(cron = "${meridian.commerce.rates.schedule:0 30 16 * * MON-FRI}",
			zone = "${meridian.commerce.rates.zone:Europe/Berlin}")
	void onSchedule() {
		if (!isConfigured()) {
			return;
		}
		try {
			importConfiguredOncePerCluster();
		}
		catch (RuntimeException ex) {
			// The next run tries again; rates stay as they were.
			log.warn("Importing ECB reference rates failed: {}", ex.getMessage());
		}
	}

	/** Whether a URL or file to import from is configured. */
	public boolean isConfigured() {
		return !this.settings.ecbUrl().isBlank() || !this.settings.ecbFile().isBlank();
	}

	/**
	 * Imports from the configured URL or file unless another node holds the lock.
	 * @return what was stored, or {@code null} if another node was importing
	 */
	public @Nullable Result importConfiguredOncePerCluster() {
		return oncePerCluster(() -> this.settings.ecbUrl().isBlank() ? importFile(Path.of(this.settings.ecbFile()))
				: importUrl(URI.create(this.settings.ecbUrl())));
	}

	/**
	 * Imports from {@code url} unless another node holds the lock.
	 * @return what was stored, or {@code null} if another node was importing
	 */
	public @Nullable Result importOncePerCluster(URI url) {
		return oncePerCluster(() -> importUrl(url));
	}

	private @Nullable Result oncePerCluster(Supplier<Result> work) {
		return this.transactions.execute(status -> {
			Boolean mine = this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
				.param(LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(mine)) {
				return null;
			}
			Result result = work.get();
			log.info("Imported {} ECB reference rates for {} day(s) from {}", result.rates(), result.days(),
					result.from());
			return result;
		});
	}

	/** Fetches a reference-rate document over HTTP(S) and stores its rates. */
	public Result importUrl(URI url) {
		if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
			throw new RateImportException("Only http and https URLs can be imported, not " + url);
		}
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.settings.timeout())
			.header("Accept", "application/xml, text/xml")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new RateImportException(url + " answered HTTP " + response.statusCode());
				}
				long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
				if (declared > this.settings.maxSize().toBytes()) {
					throw new RateImportException(url + " declares " + declared + " bytes, over the limit of "
							+ this.settings.maxSize().toBytes());
				}
				return store(new LimitedInputStream(body, this.settings.maxSize().toBytes()), url.toString());
			}
		}
		catch (IOException ex) {
			throw new RateImportException("Could not fetch " + url + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RateImportException("Interrupted while fetching " + url);
		}
	}

	/** Reads a reference-rate document from a file and stores its rates. */
	public Result importFile(Path file) {
		try (InputStream in = new LimitedInputStream(Files.newInputStream(file), this.settings.maxSize().toBytes())) {
			return store(in, file.toString());
		}
		catch (IOException ex) {
			throw new RateImportException("Could not read " + file + ": " + ex.getMessage());
		}
	}

	private Result store(InputStream xml, String from) {
		List<EcbReferenceRates.Day> days;
		try {
			days = EcbReferenceRates.parse(xml);
		}
		catch (LimitedInputStream.TooLarge ex) {
			throw new RateImportException(from + " is larger than the limit of " + this.settings.maxSize().toBytes()
					+ " bytes (meridian.commerce.rates.max-size)");
		}
		List<DatedRate> rows = new ArrayList<>();
		days.forEach(day -> rows.addAll(day.asRates()));
		int stored = this.rates.saveAll(rows);
		return new Result(days.size(), stored, from);
	}

}
