package dev.meridian.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. An empty {@code url} selects the embedded mode.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code MERIDIAN_DATABASE_URL})
 * @param user its user ({@code MERIDIAN_DATABASE_USER})
 * @param password its password ({@code MERIDIAN_DATABASE_PASSWORD})
 * @param poolSize maximum connections in the pool
 * @param embedded settings of the embedded PostgreSQL
 * @param timeouts how long the server waits for the database before it gives up
 */
@ConfigurationProperties("meridian.database")
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
		@DefaultValue("20") int poolSize, @DefaultValue Embedded embedded, @DefaultValue Timeouts timeouts) {

	/**
	 * Bounds on every wait for the database, so a database that restarts or stops
	 * answering fails requests (which clients retry) instead of hanging them, and the
	 * pool replaces broken connections by itself.
	 *
	 * @param connection how long a request waits for a connection from the pool
	 * ({@code meridian.database.timeouts.connection})
	 * @param validation how long checking that a pooled connection still works may take
	 * @param connect how long opening a connection to PostgreSQL may take
	 * @param statement PostgreSQL's {@code statement_timeout} for every statement; 0 for
	 * none
	 * @param socket how long the driver waits for any answer from PostgreSQL before it
	 * drops the connection (a peer that vanished without closing it); longer than the
	 * statement time-out
	 */
	public record Timeouts(@DefaultValue("10s") Duration connection, @DefaultValue("3s") Duration validation,
			@DefaultValue("10s") Duration connect, @DefaultValue("120s") Duration statement,
			@DefaultValue("150s") Duration socket) {
	}

	/**
	 * @param dataDirectory where the embedded PostgreSQL keeps its files
	 * @param clean wipe the data directory at start (tests only)
	 */
	public record Embedded(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("false") boolean clean) {
	}

	public boolean isEmbedded() {
		return this.url == null || this.url.isBlank();
	}

}
