package dev.meridian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL database of its own for tests that start several servers on it (nodes of
 * one cluster): the shared test database cannot serve, since every server of the usual
 * integration tests cleans it at start. With {@code MERIDIAN_TEST_DATABASE_URL} set, a
 * fresh database named after it with a suffix on that server; otherwise an embedded
 * PostgreSQL under {@code target/}.
 */
public final class SharedDatabase implements AutoCloseable {

	private final String url;

	private final String user;

	private final String password;

	private final @Nullable EmbeddedPostgres embedded;

	private SharedDatabase(String url, String user, String password, @Nullable EmbeddedPostgres embedded) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.embedded = embedded;
	}

	public static SharedDatabase fresh(String suffix) {
		String base = TestDatabase.URL;
		if (base == null || base.isBlank()) {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(Path.of("target", "test-postgres-" + suffix))
					.setCleanDataDirectory(true)
					.setRegisterShutdownHook(false)
					.start();
				return new SharedDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		String user = System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_USER", "postgres");
		String password = System.getenv().getOrDefault("MERIDIAN_TEST_DATABASE_PASSWORD", "");
		int slash = base.lastIndexOf('/');
		int query = base.indexOf('?', slash);
		String name = base.substring(slash + 1, query < 0 ? base.length() : query) + "_" + suffix;
		try (Connection connection = DriverManager.getConnection(base, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return new SharedDatabase(base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query)), user,
				password, null);
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
