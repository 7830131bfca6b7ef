package dev.meridian.database;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("meridian.database")
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
		@DefaultValue("20") int poolSize, @DefaultValue Embedded embedded) {

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
