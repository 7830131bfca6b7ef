package dev.meridian.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: the external PostgreSQL when a URL is configured (and refuses to
 * start when it cannot be reached), otherwise an embedded PostgreSQL started here.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean
	DatabaseMode databaseMode(DatabaseSettings settings) {
		return settings.isEmbedded() ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresHolder embeddedPostgres(DatabaseSettings settings,
			ObjectProvider<EarlyEmbeddedPostgres.Start> early) {
		if (!settings.isEmbedded()) {
			return new EmbeddedPostgresHolder(null);
		}
		// Started with the context by EarlyEmbeddedPostgres; here only when that listener
		// did not run (a context built without SpringApplication).
		EarlyEmbeddedPostgres.Start start = early.getIfAvailable();
		return new EmbeddedPostgresHolder(
				start != null ? start.take(settings.embedded()) : EmbeddedPostgresServer.start(settings.embedded()));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedPostgresHolder> embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("meridian");
		config.setMaximumPoolSize(settings.poolSize());
		config.setMinimumIdle(Math.min(4, settings.poolSize()));
		DatabaseSettings.Timeouts timeouts = settings.timeouts();
		config.setConnectionTimeout(timeouts.connection().toMillis());
		config.setValidationTimeout(timeouts.validation().toMillis());
		config.addDataSourceProperty("connectTimeout", Long.toString(timeouts.connect().toSeconds()));
		config.addDataSourceProperty("socketTimeout", Long.toString(timeouts.socket().toSeconds()));
		config.addDataSourceProperty("tcpKeepAlive", "true");
		if (!timeouts.statement().isZero()) {
			config.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
		}
		if (settings.isEmbedded()) {
			EmbeddedPostgresServer server = embedded.getObject().server();
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername("postgres");
			log.info(
					"Meridian runs in EMBEDDED mode: PostgreSQL started by the server, data in {}. "
							+ "Set MERIDIAN_DATABASE_URL to use an external PostgreSQL.",
					settings.embedded().dataDirectory().toAbsolutePath().normalize());
		}
		else {
			config.setJdbcUrl(settings.url());
			config.setUsername(settings.user());
			config.setPassword(settings.password());
			checkReachable(settings);
			log.info("Meridian runs in EXTERNAL mode on {}",
					ExternalDatabaseUnreachableException.redact(settings.url()));
		}
		return new HikariDataSource(config);
	}

	/**
	 * Fails with a clear message instead of a pool's stack trace, and never falls back to
	 * the embedded database.
	 */
	private static void checkReachable(DatabaseSettings settings) {
		try (Connection connection = new org.postgresql.Driver().connect(settings.url(),
				connectionProperties(settings))) {
			if (connection == null) {
				throw new ExternalDatabaseUnreachableException(settings.url(), "the URL is not a PostgreSQL JDBC URL");
			}
		}
		catch (SQLException ex) {
			throw new ExternalDatabaseUnreachableException(settings.url(), ex.getMessage());
		}
	}

	private static java.util.Properties connectionProperties(DatabaseSettings settings) {
		java.util.Properties properties = new java.util.Properties();
		if (settings.user() != null) {
			properties.setProperty("user", settings.user());
		}
		if (settings.password() != null) {
			properties.setProperty("password", settings.password());
		}
		properties.setProperty("connectTimeout", "10");
		return properties;
	}

	/** Keeps the optional embedded server as a bean so Spring stops it after the pool. */
	record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.server != null) {
				this.server.close();
			}
		}

	}

}
